using System.Net;
using DakarCafe.Engine.Metrics;
using DakarCafe.Fixtures;
using DakarCafe.Protocol;
using DakarCafe.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace DakarCafe.Server.Tests.Auth;

public sealed class LiveConnectionAuthTests(PostgresServer postgres) : ShopTest(postgres)
{
    [Fact]
    public async Task A_connection_with_a_tampered_token_is_refused()
    {
        var tokens = await Tokens.SignUpAndSignInAsync("aminata@example.sn");
        var tampered = tokens.AccessToken[..^4] + "AAAA";

        var connecting = () => ConnectAsync(tampered);

        (await connecting.Should().ThrowAsync<HttpRequestException>()).Which.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task An_anonymous_connection_gets_AUTH_REQUIRED_for_the_current_user()
    {
        var client = await ConnectAsync();

        var me = await client.SubscribeAsync(Api.Users.GetCurrentUser, new NoArgs(), Within());
        await me.ResultAsync(Within());

        me.Error!.Code.Should().Be(ErrorCodes.AuthRequired);
    }

    [Fact]
    public async Task A_refreshed_token_handed_to_the_live_connection_keeps_its_subscriptions_and_reruns_nothing()
    {
        var tokens = await Tokens.SignUpAndSignInAsync("cheikh@example.sn");
        var client = await ConnectAsync(tokens.AccessToken);
        var me = await client.SubscribeAsync(Api.Users.GetCurrentUser, new NoArgs(), Within());
        await me.WaitForAsync(u => u is not null, Within());
        using var metrics = new MetricsRecorder(Server.Services.GetRequiredService<EngineMetrics>());

        var refreshed = (await Tokens.RefreshAsync(tokens.RefreshToken!)).Tokens!;
        (await client.AuthenticateAsync(refreshed.AccessToken, Within())).Should().NotBeNull();
        await client.QueryAsync(Api.Users.GetCurrentUser, new NoArgs(), Within());

        metrics.QueryExecutions.Should().Be(1, "only the one-shot query ran; the subscription was not re-run for the same user");
        me.Value!.Email.Should().Be("cheikh@example.sn");
    }

    [Fact]
    public async Task Signing_in_on_an_anonymous_live_connection_turns_a_refused_subscription_into_data()
    {
        var tokens = await Tokens.SignUpAndSignInAsync("ndeye@example.sn");
        var client = await ConnectAsync();
        var me = await client.SubscribeAsync(Api.Users.GetCurrentUser, new NoArgs(), Within());
        await me.ResultAsync(Within());
        me.Error.Should().NotBeNull();

        await client.AuthenticateAsync(tokens.AccessToken, Within());

        (await me.WaitForAsync(u => u is not null, Within()))!.Email.Should().Be("ndeye@example.sn");
    }

    [Fact]
    public async Task A_service_gets_a_token_with_client_credentials()
    {
        var result = await Tokens.ClientCredentialsAsync("dakarcafe-service", "dev-service-secret-change-me");
        var refused = await Tokens.ClientCredentialsAsync("dakarcafe-service", "wrong-secret");

        result.Tokens!.AccessToken.Should().NotBeNullOrEmpty();
        refused.Error.Should().Be("invalid_client");
        var client = await ConnectAsync(result.Tokens.AccessToken);
        client.ConnectionId.Should().NotBeNull();
    }

    [Fact]
    public async Task Tokens_issued_before_a_restart_are_still_valid_after_it()
    {
        var tokens = await Tokens.SignUpAndSignInAsync("babacar@example.sn");
        await Server.DisposeAsync();

        var restarted = await StartServerAsync();
        var client = await ConnectAsync(tokens.AccessToken, restarted);

        (await client.QueryAsync(Api.Users.GetCurrentUser, new NoArgs(), Within()))!.Email.Should().Be("babacar@example.sn");
        (await new TokenClient(restarted.CreateSocketClient()).RefreshAsync(tokens.RefreshToken!)).Tokens.Should().NotBeNull();
    }
}
