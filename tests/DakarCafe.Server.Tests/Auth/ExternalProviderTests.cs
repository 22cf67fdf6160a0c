using System.Net;
using DakarCafe.Fixtures;
using DakarCafe.Schema.Users;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace DakarCafe.Server.Tests.Auth;

/// <summary>Sign-in with an external provider, end to end against a second OpenIddict server on loopback that plays it.</summary>
public sealed class ExternalProviderTests(PostgresServer postgres) : IAsyncLifetime
{
    private LoopbackIdentityProvider _provider = null!;
    private ShopServer _shop = null!;

    public async ValueTask InitializeAsync()
    {
        _provider = await LoopbackIdentityProvider.StartAsync(await postgres.CreateDatabaseAsync("provider"));
        _shop = await ShopServer.StartAsync(await postgres.CreateDatabaseAsync("external"), settings: new Dictionary<string, string?>
        {
            ["Auth:ExternalProviders:0:Name"] = "loopback",
            ["Auth:ExternalProviders:0:Issuer"] = _provider.Issuer.ToString(),
            ["Auth:ExternalProviders:0:ClientId"] = "dakarcafe",
            ["Auth:ExternalProviders:0:ClientSecret"] = "provider-secret",
        });
        await _provider.RegisterClientAsync("dakarcafe", "provider-secret", new Uri(_shop.BaseAddress, "/auth/callback/loopback"));
    }

    [Fact]
    public async Task Signing_in_with_the_provider_creates_the_account_and_signs_the_user_in_on_the_server()
    {
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() });
        var ct = TestContext.Current.CancellationToken;

        using var toProvider = await browser.GetAsync(new Uri(_shop.BaseAddress, "/auth/external/loopback?returnUrl=/health"), ct);
        toProvider.StatusCode.Should().Be(HttpStatusCode.Redirect);
        toProvider.Headers.Location!.GetLeftPart(UriPartial.Authority).Should().Be(_provider.Issuer.GetLeftPart(UriPartial.Authority));

        using var backToShop = await browser.GetAsync(toProvider.Headers.Location, ct);
        backToShop.StatusCode.Should().Be(HttpStatusCode.Redirect);
        // The state cookie is Secure (SameSite=None): a browser sends it back over HTTPS, or to http://127.0.0.1 as a
        // secure context; HttpClient does not, so the test carries it as the browser would.
        using var callback = new HttpRequestMessage(HttpMethod.Get, backToShop.Headers.Location);
        callback.Headers.Add("Cookie", toProvider.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
        using var signedIn = await browser.SendAsync(callback, ct);

        signedIn.StatusCode.Should().Be(HttpStatusCode.Redirect);
        signedIn.Headers.Location!.ToString().Should().Be("/health");
        await using var session = _shop.Services.GetRequiredService<IDocumentStore>().QuerySession();
        (await session.Query<User>().SingleAsync(u => u.Email == LoopbackIdentityProvider.UserEmail, ct)).Name.Should().Be("Ext User");
    }

    [Fact]
    public async Task An_unknown_provider_is_not_found()
    {
        using var http = _shop.CreateSocketClient();

        using var response = await http.GetAsync(new Uri("/auth/external/nowhere", UriKind.Relative), TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    public async ValueTask DisposeAsync()
    {
        await _shop.DisposeAsync();
        await _provider.DisposeAsync();
    }
}
