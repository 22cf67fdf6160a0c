using DakarCafe.Client.Auth;
using DakarCafe.Fixtures;
using DakarCafe.Protocol;
using DakarCafe.Schema;

namespace DakarCafe.Client.Tests.Auth;

public sealed class TokenRefreshTests(PostgresServer postgres) : ShopTest(postgres)
{
    /// <summary>
    /// Tokens that live twelve seconds, so refreshes happen within a test; each is replaced a third of its life (4 s)
    /// before it expires. With six-second tokens that margin was 2 s, less than a password grant takes on a machine
    /// running the whole suite, and the token expired before its successor came.
    /// </summary>
    protected override IReadOnlyDictionary<string, string?> ServerSettings { get; } = new Dictionary<string, string?>
    {
        ["Auth:AccessTokenLifetime"] = "00:00:12",
    };

    [Fact]
    public async Task Short_lived_tokens_are_replaced_on_the_live_connection_before_they_expire()
    {
        var email = await CreateAccountAsync("user");
        using var signIn = new PasswordSignIn(Server.BaseAddress, email, TestPassword);
        var client = Own(new DakarCafeClient(new DakarCafeClientOptions { ServerUrl = Server.BaseAddress, TokenProvider = signIn }));
        var refreshed = 0;
        var twice = new TaskCompletionSource();
        client.TokenRefreshed += _ =>
        {
            if (Interlocked.Increment(ref refreshed) == 2)
            {
                twice.TrySetResult();
            }
        };
        await client.ConnectAsync(Within());
        var me = await client.SubscribeAsync(Api.Users.GetCurrentUser, new NoArgs(), Within());
        await me.ResultAsync(Within());
        var errors = new List<ErrorInfo>();
        me.Changed += s =>
        {
            if (s.Error is { } error)
            {
                errors.Add(error);
            }
        };

        await twice.Task.WaitAsync(Within(TimeSpan.FromSeconds(60)));

        errors.Should().BeEmpty("the connection never held an expired token");
        me.Value!.Email.Should().Be(email);
        (await client.QueryAsync(Api.Users.GetCurrentUser, new NoArgs(), Within()))!.Email.Should().Be(email);
    }

    [Fact]
    public async Task A_wrong_password_is_refused_with_auth_required()
    {
        var email = await CreateAccountAsync("user");
        using var signIn = new PasswordSignIn(Server.BaseAddress, email, "not-the-password");

        var getting = () => signIn.GetAccessTokenAsync(forceRefresh: false, Within());

        (await getting.Should().ThrowAsync<DakarCafeException>()).Which.Code.Should().Be(ErrorCodes.AuthRequired);
    }
}
