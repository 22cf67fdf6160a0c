using System.Net;
using DakarCafe.Fixtures;
using DakarCafe.Schema;
using DakarCafe.Schema.Users;

namespace DakarCafe.Server.Tests.Auth;

public sealed class AccountTests(PostgresServer postgres) : ShopTest(postgres)
{
    /// <summary>An account's attempts come back one per hour here, so the rate-limit test holds however slowly the machine runs it.</summary>
    protected override IReadOnlyDictionary<string, string?> ServerSettings { get; } = new Dictionary<string, string?>
    {
        ["Auth:SignInIntervalPerAccount"] = "01:00:00",
    };

    [Fact]
    public async Task Signing_up_then_in_gives_tokens_and_a_live_connection_that_knows_the_user()
    {
        var tokens = await Tokens.SignUpAndSignInAsync("  Awa.Diop@Example.SN ");

        var client = await ConnectAsync(tokens.AccessToken);
        var me = await client.SubscribeAsync(Api.Users.GetCurrentUser, new NoArgs(), Within());
        var user = await me.WaitForAsync(u => u is not null, Within());

        user!.Email.Should().Be("awa.diop@example.sn", "emails are normalised");
        user.Role.Should().Be(UserRole.User);
        user.LastLogin.Should().NotBeNull();
        tokens.RefreshToken.Should().NotBeNullOrEmpty();
    }

    [Fact]
    public async Task Account_changes_reach_the_profile_through_the_engine_so_a_watching_device_sees_them_live()
    {
        var tokens = await Tokens.SignUpAndSignInAsync("khady@example.sn");
        var client = await ConnectAsync(tokens.AccessToken);
        var me = await client.SubscribeAsync(Api.Users.GetCurrentUser, new NoArgs(), Within());
        var first = (await me.WaitForAsync(u => u?.LastLogin is not null, Within()))!.LastLogin!.Value;

        // Signing in on a second device stamps the last sign-in: a commit the first device's subscription is pushed.
        (await Tokens.PasswordGrantAsync("khady@example.sn", TestPassword)).Tokens.Should().NotBeNull();
        var later = await me.WaitForAsync(u => u?.LastLogin > first, Within());

        later!.LastLogin.Should().BeAfter(first);
        later.Role.Should().Be(UserRole.User);
    }

    [Fact]
    public async Task A_wrong_password_and_an_unknown_email_are_refused_alike()
    {
        await Tokens.SignUpAndSignInAsync("moussa@example.sn");

        var wrongPassword = await Tokens.PasswordGrantAsync("moussa@example.sn", "not-the-password");
        var unknownUser = await Tokens.PasswordGrantAsync("nobody@example.sn", "Teranga-2026");

        wrongPassword.Error.Should().Be("invalid_grant");
        unknownUser.Error.Should().Be("invalid_grant");
        wrongPassword.ErrorDescription.Should().Be(unknownUser.ErrorDescription, "the answer must not tell which accounts exist");
    }

    [Theory]
    [InlineData("not-an-email", "Teranga-2026", "email")]
    [InlineData("fatou@example.sn", "short", "password")]
    public async Task Bad_sign_up_input_answers_400_naming_the_field(string email, string password, string field)
    {
        var (status, body) = await Tokens.SignUpAsync(email, password);

        status.Should().Be(HttpStatusCode.BadRequest);
        body.GetProperty("code").GetString().Should().Be("VALIDATION_ERROR");
        body.GetProperty("data").GetString().Should().Contain(field);
    }

    [Fact]
    public async Task An_email_can_have_one_account_only_whatever_its_case()
    {
        (await Tokens.SignUpAsync("ibrahima@example.sn", "Teranga-2026")).Status.Should().Be(HttpStatusCode.Created);

        var (status, body) = await Tokens.SignUpAsync("IBRAHIMA@example.sn", "Another-2026");

        status.Should().Be(HttpStatusCode.Conflict);
        body.GetProperty("code").GetString().Should().Be("EMAIL_TAKEN");
    }

    [Fact]
    public async Task Two_tabs_refreshing_with_the_same_token_at_once_both_get_tokens()
    {
        var tokens = await Tokens.SignUpAndSignInAsync("khady@example.sn");

        var results = await Task.WhenAll(Tokens.RefreshAsync(tokens.RefreshToken!), Tokens.RefreshAsync(tokens.RefreshToken!));

        results.Should().OnlyContain(r => r.Tokens != null, "a reuse within the leeway is two tabs, not a thief");
        results[0].Tokens!.AccessToken.Should().NotBe(tokens.AccessToken);
    }

    [Fact]
    public async Task A_refresh_token_reused_after_the_leeway_is_refused_and_ends_the_session()
    {
        var node = await StartServerAsync(settings: new Dictionary<string, string?> { ["Auth:RefreshTokenReuseLeeway"] = "00:00:01" });
        var tokens = new TokenClient(node.CreateSocketClient());
        var signedIn = await tokens.SignUpAndSignInAsync("khadija@example.sn");
        var rotated = (await tokens.RefreshAsync(signedIn.RefreshToken!)).Tokens!;

        // Past the one-second leeway (a longer wait only makes it more so).
        await Task.Delay(TimeSpan.FromSeconds(2), TestContext.Current.CancellationToken);
        var replayed = await tokens.RefreshAsync(signedIn.RefreshToken!);

        replayed.Error.Should().Be("invalid_grant");
        (await tokens.RefreshAsync(rotated.RefreshToken!)).Error.Should().Be("invalid_grant", "a replayed refresh token is taken as theft: the session it belongs to ends");
    }

    [Fact]
    public async Task Signing_out_revokes_the_refresh_token()
    {
        var tokens = await Tokens.SignUpAndSignInAsync("ousmane@example.sn");

        (await Tokens.RevokeAsync(tokens.RefreshToken!)).Should().Be(HttpStatusCode.OK);

        (await Tokens.RefreshAsync(tokens.RefreshToken!)).Error.Should().Be("invalid_grant");
    }

    [Fact]
    public async Task A_changed_password_replaces_the_old_one()
    {
        var tokens = await Tokens.SignUpAndSignInAsync("mariama@example.sn", "Teranga-2026");

        (await Tokens.ChangePasswordAsync(tokens.AccessToken, "wrong-current", "Nouveau-2026")).Should().Be(HttpStatusCode.Forbidden);
        (await Tokens.ChangePasswordAsync(tokens.AccessToken, "Teranga-2026", "Nouveau-2026")).Should().Be(HttpStatusCode.NoContent);

        (await Tokens.PasswordGrantAsync("mariama@example.sn", "Teranga-2026")).Error.Should().Be("invalid_grant");
        (await Tokens.PasswordGrantAsync("mariama@example.sn", "Nouveau-2026")).Tokens.Should().NotBeNull();
    }

    [Fact]
    public async Task A_password_change_signs_every_session_out()
    {
        var phone = await Tokens.SignUpAndSignInAsync("aminata@example.sn", "Teranga-2026");
        var laptop = (await Tokens.PasswordGrantAsync("aminata@example.sn", "Teranga-2026")).Tokens!;

        (await Tokens.ChangePasswordAsync(phone.AccessToken, "Teranga-2026", "Nouveau-2026")).Should().Be(HttpStatusCode.NoContent);

        (await Tokens.RefreshAsync(laptop.RefreshToken!)).Error.Should().Be("invalid_grant", "a thief holding a refresh token loses it with the old password");
        (await Tokens.RefreshAsync(phone.RefreshToken!)).Error.Should().Be("invalid_grant");
        (await Tokens.PasswordGrantAsync("aminata@example.sn", "Nouveau-2026")).Tokens.Should().NotBeNull();
    }

    [Fact]
    public async Task Repeated_sign_in_attempts_on_one_account_are_rate_limited_whatever_the_password()
    {
        await Tokens.SignUpAndSignInAsync("target@example.sn");
        for (var i = 0; i < 9; i++)
        {
            (await Tokens.PasswordGrantAsync("target@example.sn", $"guess-{i}")).Error.Should().Be("invalid_grant");
        }

        var limited = await Tokens.PasswordGrantAsync("TARGET@example.sn", "Teranga-2026");

        limited.Error.Should().Be("rate_limited", "ten attempts were made within the minute, one of them the sign-up's sign-in");
        (await Tokens.PasswordGrantAsync("someone-else@example.sn", "whatever-1")).Error.Should().Be("invalid_grant", "other accounts are not limited");
    }

    [Fact]
    public async Task Changing_a_password_needs_a_token()
    {
        (await Tokens.ChangePasswordAsync("not-a-token", "a", "Nouveau-2026")).Should().Be(HttpStatusCode.Unauthorized);
    }
}
