using System.Net;
using DakarCafe.Auth;
using DakarCafe.Client;
using DakarCafe.Fixtures;
using DakarCafe.Protocol;
using DakarCafe.Schema;
using DakarCafe.Schema.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace DakarCafe.Server.Tests.Auth;

/// <summary>A revoked token stops working before it expires: at once on new connections, within the recheck interval on live ones.</summary>
public sealed class TokenRevocationTests(PostgresServer postgres) : ShopTest(postgres)
{
    /// <summary>Live connections' tokens are checked every second here (30 s by default).</summary>
    protected override IReadOnlyDictionary<string, string?> ServerSettings { get; } = new Dictionary<string, string?>
    {
        ["Engine:Limits:IdentityRecheckInterval"] = "00:00:01",
    };

    [Fact]
    public async Task Signing_out_ends_the_session_s_access_token_on_live_and_new_connections()
    {
        var tokens = await Tokens.SignUpAndSignInAsync("fatou.signout@example.sn");
        var client = await ConnectAsync(tokens.AccessToken);
        var me = await client.SubscribeAsync(Api.Users.GetCurrentUser, new NoArgs(), Within());
        (await me.WaitForAsync(u => u is not null, Within()))!.Email.Should().Be("fatou.signout@example.sn");

        (await Tokens.RevokeAsync(tokens.RefreshToken!)).Should().Be(HttpStatusCode.OK);

        await Deadlines.UntilAsync(() => me.Error?.Code == ErrorCodes.AuthRequired, "the live connection lost the identity of the session that signed out");
        await RefusedOnANewConnectionAsync(tokens.AccessToken);
        var handedOver = await Assert.ThrowsAsync<DakarCafeException>(() => client.AuthenticateAsync(tokens.AccessToken, Within()));
        handedOver.Code.Should().Be(ErrorCodes.AuthRequired);
    }

    [Fact]
    public async Task A_revoked_access_token_is_refused_and_other_sessions_of_the_user_go_on()
    {
        var phone = await Tokens.SignUpAndSignInAsync("moussa.revoke@example.sn");
        var laptop = (await Tokens.PasswordGrantAsync("moussa.revoke@example.sn", "Teranga-2026")).Tokens!;

        (await Tokens.RevokeAsync(phone.AccessToken, "access_token")).Should().Be(HttpStatusCode.OK);

        await RefusedOnANewConnectionAsync(phone.AccessToken);
        var other = await ConnectAsync(laptop.AccessToken);
        (await other.QueryAsync(Api.Users.GetCurrentUser, new NoArgs(), Within()))!.Email.Should().Be("moussa.revoke@example.sn");
    }

    [Fact]
    public async Task A_new_password_signs_out_the_live_connections_of_every_device()
    {
        var phone = await Tokens.SignUpAndSignInAsync("awa.password@example.sn");
        var laptop = (await Tokens.PasswordGrantAsync("awa.password@example.sn", "Teranga-2026")).Tokens!;
        var onLaptop = await ConnectAsync(laptop.AccessToken);
        var me = await onLaptop.SubscribeAsync(Api.Users.GetCurrentUser, new NoArgs(), Within());
        await me.WaitForAsync(u => u is not null, Within());

        (await Tokens.ChangePasswordAsync(phone.AccessToken, "Teranga-2026", "Nouveau-2026")).Should().Be(HttpStatusCode.NoContent);

        await Deadlines.UntilAsync(() => me.Error?.Code == ErrorCodes.AuthRequired, "a thief's live connection signed out with the old password");
        await RefusedOnANewConnectionAsync(laptop.AccessToken);
    }

    [Fact]
    public async Task A_removed_role_is_gone_from_live_connections_within_the_recheck_interval()
    {
        var email = await CreateAccountAsync("admin");
        var admin = await ConnectAsync((await Tokens.PasswordGrantAsync(email, TestPassword)).Tokens!.AccessToken);
        var users = await admin.SubscribeAsync(Api.Jobs.ListJobs, new ListJobsArgs(), Within());
        await users.ResultAsync(Within());
        users.Error.Should().BeNull();

        await Server.Services.GetRequiredService<AccountStore>().SetRoleAsync(email, "user", Within());

        await Deadlines.UntilAsync(() => users.Error is not null, "the admin-only query refused");
        users.Error!.Code.Should().BeOneOf(ErrorCodes.AuthRequired, ErrorCodes.Forbidden);
    }

    private async Task RefusedOnANewConnectionAsync(string accessToken)
    {
        var refused = await Assert.ThrowsAsync<HttpRequestException>(() => ConnectAsync(accessToken));
        refused.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }
}
