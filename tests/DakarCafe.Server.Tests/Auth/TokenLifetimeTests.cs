using System.Net;
using DakarCafe.Client;
using DakarCafe.Client.Auth;
using DakarCafe.Fixtures;
using DakarCafe.Protocol;
using DakarCafe.Schema;
using DakarCafe.Schema.Products;

namespace DakarCafe.Server.Tests.Auth;

/// <summary>Real OpenIddict access tokens that expire within seconds, and tokens from another issuer.</summary>
public sealed class TokenLifetimeTests(PostgresServer postgres) : IAsyncLifetime
{
    private ShopServer _server = null!;
    private TokenClient _tokens = null!;

    public async ValueTask InitializeAsync()
    {
        _server = await ShopServer.StartAsync(await postgres.CreateDatabaseAsync("lifetime"), settings: new Dictionary<string, string?>
        {
            ["Auth:AccessTokenLifetime"] = "00:00:02",
        });
        _tokens = new TokenClient(_server.CreateSocketClient());
    }

    [Fact]
    public async Task When_the_access_token_expires_unrefreshed_signed_in_queries_fail_and_public_ones_go_on()
    {
        var tokens = await _tokens.SignUpAndSignInAsync("short.lived@example.sn");
        await using var client = new DakarCafeClient(new DakarCafeClientOptions
        {
            ServerUrl = _server.BaseAddress,
            TokenProvider = new FixedAccessToken(tokens.AccessToken),
        });
        var ct = TestContext.Current.CancellationToken;
        await client.ConnectAsync(ct);
        var me = await client.SubscribeAsync(Api.Users.GetCurrentUser, new NoArgs(), ct);
        var catalog = await client.SubscribeAsync(Api.Products.GetProducts, new GetProductsArgs(), ct);
        await me.WaitForAsync(u => u is not null, ct);
        await catalog.WaitForAsync(_ => true, ct);

        using var expiry = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        while (me.Error is null)
        {
            await me.NextAsync(expiry.Token);
        }

        me.Error.Code.Should().Be(ErrorCodes.AuthRequired);
        catalog.Error.Should().BeNull("public queries go on");
    }

    [Fact]
    public async Task A_token_issued_by_another_server_is_refused()
    {
        await using var provider = await LoopbackIdentityProvider.StartAsync(await postgres.CreateDatabaseAsync("other_issuer"));
        using var http = _server.CreateSocketClient();
        var foreign = await provider.IssueServiceTokenAsync();
        foreign.Split('.').Should().HaveCount(3, "a real signed JWT of the other server");

        using var request = new HttpRequestMessage(HttpMethod.Post, "/auth/password") { Content = JsonContent("{}") };
        request.Headers.Authorization = new("Bearer", foreign);
        using var response = await http.SendAsync(request, TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    private static StringContent JsonContent(string json) => new(json, System.Text.Encoding.UTF8, "application/json");

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}
