using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using DakarCafe.Schema;
using DakarCafe.Schema.Users;
using DakarCafe.Testing;

namespace DakarCafe.Server.Tests.Auth;

/// <summary>The authorization code flow with PKCE, as a third-party web or mobile app drives it, over real HTTP.</summary>
public sealed class AuthorizationCodeTests(PostgresServer postgres) : ShopTest(postgres)
{
    private const string Client = "dakarcafe-partner";
    private const string RedirectUri = "http://127.0.0.1/callback";

    [Fact]
    public async Task A_partner_app_gets_tokens_through_the_sign_in_page_with_PKCE()
    {
        await Tokens.SignUpAsync("partner.user@example.sn", "Teranga-2026");
        using var browser = Browser();
        var verifier = Base64Url(RandomNumberGenerator.GetBytes(32));

        var code = await AuthorizeAsync(browser, Challenge(verifier), "partner.user@example.sn", "Teranga-2026");
        var tokens = await ExchangeAsync(browser, code, verifier);

        tokens.StatusCode.Should().Be(HttpStatusCode.OK);
        var accessToken = (await tokens.Content.ReadFromJsonAsync<JsonElement>(Within())).GetProperty("access_token").GetString();
        var client = await ConnectAsync(accessToken);
        (await client.QueryAsync<User?>("users:getCurrentUser", new NoArgs(), Within()))!.Email.Should().Be("partner.user@example.sn");
    }

    [Fact]
    public async Task A_code_exchanged_with_the_wrong_verifier_is_refused()
    {
        await Tokens.SignUpAsync("pkce.user@example.sn", "Teranga-2026");
        using var browser = Browser();
        var code = await AuthorizeAsync(browser, Challenge(Base64Url(RandomNumberGenerator.GetBytes(32))), "pkce.user@example.sn", "Teranga-2026");

        var tokens = await ExchangeAsync(browser, code, Base64Url(RandomNumberGenerator.GetBytes(32)));

        tokens.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await tokens.Content.ReadFromJsonAsync<JsonElement>(Within())).GetProperty("error").GetString().Should().Be("invalid_grant");
    }

    [Fact]
    public async Task An_authorization_request_without_PKCE_is_refused()
    {
        using var browser = Browser();

        using var response = await browser.GetAsync(new Uri($"/connect/authorize?client_id={Client}&response_type=code&redirect_uri={Uri.EscapeDataString(RedirectUri)}&scope=email", UriKind.Relative), Within());

        response.StatusCode.Should().NotBe(HttpStatusCode.Redirect);
        (await response.Content.ReadAsStringAsync(Within())).Should().Contain("code_challenge");
    }

    [Fact]
    public async Task The_sign_in_page_never_redirects_off_the_server()
    {
        await Tokens.SignUpAsync("redirect.user@example.sn", "Teranga-2026");
        using var browser = Browser();

        using var response = await browser.PostAsync(new Uri("/auth/sign-in", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["email"] = "redirect.user@example.sn",
            ["password"] = "Teranga-2026",
            ["returnUrl"] = "https://evil.example/steal",
        }), Within());

        response.Headers.Location!.ToString().Should().Be("/");
    }

    private HttpClient Browser() => new(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() })
    {
        BaseAddress = Server.BaseAddress,
    };

    private static async Task<string> AuthorizeAsync(HttpClient browser, string challenge, string email, string password)
    {
        var authorize = $"/connect/authorize?client_id={Client}&response_type=code&redirect_uri={Uri.EscapeDataString(RedirectUri)}" +
            $"&scope={Uri.EscapeDataString("offline_access email")}&code_challenge={challenge}&code_challenge_method=S256&state=s1";
        using var first = await browser.GetAsync(new Uri(authorize, UriKind.Relative), Within());
        first.StatusCode.Should().Be(HttpStatusCode.Redirect);
        first.Headers.Location!.ToString().Should().Contain("/auth/sign-in", "an app's user signs in on the server first");

        using var signIn = await browser.PostAsync(new Uri("/auth/sign-in", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["email"] = email,
            ["password"] = password,
            ["returnUrl"] = authorize,
        }), Within());
        signIn.StatusCode.Should().Be(HttpStatusCode.Redirect);

        using var second = await browser.GetAsync(signIn.Headers.Location, Within());
        second.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var callback = second.Headers.Location!;
        callback.GetLeftPart(UriPartial.Path).Should().Be(RedirectUri);
        var query = System.Web.HttpUtility.ParseQueryString(callback.Query);
        query["state"].Should().Be("s1");
        return query["code"]!;
    }

    private static async Task<HttpResponseMessage> ExchangeAsync(HttpClient browser, string code, string verifier) =>
        await browser.PostAsync(new Uri("/connect/token", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["client_id"] = Client,
            ["code"] = code,
            ["redirect_uri"] = RedirectUri,
            ["code_verifier"] = verifier,
        }), Within());

    private static string Challenge(string verifier) => Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
