using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using DakarCafe.Fixtures;
using DakarCafe.Schema;

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
        (await client.QueryAsync(Api.Users.GetCurrentUser, new NoArgs(), Within()))!.Email.Should().Be("partner.user@example.sn");
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

    [Theory]
    [InlineData("https://evil.example/steal")]
    [InlineData("//evil.example/steal")]
    [InlineData("/\\evil.example/steal")]
    [InlineData("/\t/evil.example/")]
    [InlineData("/\n/evil.example/")]
    [InlineData("/\r\n/evil.example/")]
    [InlineData("/ /evil.example/")]
    public async Task The_sign_in_page_never_redirects_off_the_server(string returnUrl)
    {
        var email = $"redirect.{Guid.NewGuid():N}@example.sn";
        await Tokens.SignUpAsync(email, "Teranga-2026");
        using var browser = Browser();

        using var response = await browser.PostAsync(new Uri("/auth/sign-in", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["email"] = email,
            ["password"] = "Teranga-2026",
            ["returnUrl"] = returnUrl,
        }), Within());

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.Should().Be("/", "browsers drop tabs and line breaks from a URL, so /<tab>/host would leave the server");
    }

    [Theory]
    [InlineData("https://evil.example/dashboard/")]
    [InlineData("http://127.0.0.1/dashboard/")]
    [InlineData("{server}/steal/")]
    [InlineData("{server}/dashboard/../steal/")]
    public async Task The_dashboards_codes_go_only_to_the_dashboard_page_of_the_server_asked(string redirectUri)
    {
        using var browser = Browser();
        var elsewhere = redirectUri.Replace("{server}", Server.BaseAddress.GetLeftPart(UriPartial.Authority), StringComparison.Ordinal);

        using var refused = await browser.GetAsync(DashboardAuthorize(elsewhere, prompt: null), Within());
        using var own = await browser.GetAsync(DashboardAuthorize($"{Server.BaseAddress.GetLeftPart(UriPartial.Authority)}/dashboard/", prompt: null), Within());

        refused.StatusCode.Should().Be(HttpStatusCode.BadRequest, "a code for an admin must never leave for another address");
        (await refused.Content.ReadAsStringAsync(Within())).Should().Contain("redirect_uri");
        own.StatusCode.Should().Be(HttpStatusCode.Redirect);
        own.Headers.Location!.ToString().Should().Contain("/auth/sign-in");
    }

    [Fact]
    public async Task Prompt_login_asks_a_signed_in_user_to_sign_in_again_once_then_gives_the_code()
    {
        await Tokens.SignUpAsync("prompt.login@example.sn", "Teranga-2026");
        using var browser = Browser();
        var redirectUri = $"{Server.BaseAddress.GetLeftPart(UriPartial.Authority)}/dashboard/";
        await SignInAsync(browser, "prompt.login@example.sn", "/");

        using var asked = await browser.GetAsync(DashboardAuthorize(redirectUri, prompt: "login"), Within());

        asked.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var signInPage = asked.Headers.Location!;
        signInPage.ToString().Should().Contain("/auth/sign-in", "prompt=login asks again though the browser is signed in");
        var returnUrl = System.Web.HttpUtility.ParseQueryString(new Uri(Server.BaseAddress, signInPage).Query)["returnUrl"]!;
        returnUrl.Should().NotContain("prompt", "coming back must not ask again");
        var back = await SignInAsync(browser, "prompt.login@example.sn", returnUrl);
        using var coded = await browser.GetAsync(back, Within());
        coded.StatusCode.Should().Be(HttpStatusCode.Redirect);
        coded.Headers.Location!.GetLeftPart(UriPartial.Path).Should().Be(redirectUri);
        System.Web.HttpUtility.ParseQueryString(coded.Headers.Location.Query)["code"].Should().NotBeNullOrEmpty();
    }

    [Theory]
    [InlineData("/auth/sign-in")]
    [InlineData("/connect/token")]
    public async Task A_form_holding_NUL_is_answered_400_not_500(string path)
    {
        using var browser = Browser();

        using var response = await browser.PostAsync(new Uri(path, UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password",
            ["email"] = "nul@example.sn",
            ["password"] = "Teranga-2026",
            ["returnUrl"] = "/\u0000/evil.example/",
        }), Within());

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest, "ASP.NET Core cannot decode a form holding NUL: the caller's mistake");
        (await response.Content.ReadFromJsonAsync<JsonElement>(Within())).GetProperty("code").GetString().Should().Be("BAD_REQUEST");
    }

    [Fact]
    public async Task The_sign_in_page_keeps_a_local_return_path()
    {
        await Tokens.SignUpAsync("local.return@example.sn", "Teranga-2026");
        using var browser = Browser();

        using var response = await browser.PostAsync(new Uri("/auth/sign-in", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["email"] = "local.return@example.sn",
            ["password"] = "Teranga-2026",
            ["returnUrl"] = "/connect/authorize?client_id=dakarcafe-partner&state=a%20b",
        }), Within());

        response.Headers.Location!.OriginalString.Should().Be("/connect/authorize?client_id=dakarcafe-partner&state=a%20b");
    }

    private HttpClient Browser() => new(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() })
    {
        BaseAddress = Server.BaseAddress,
    };

    private static Uri DashboardAuthorize(string redirectUri, string? prompt) => new(
        $"/connect/authorize?client_id=dakarcafe-dashboard&response_type=code&redirect_uri={Uri.EscapeDataString(redirectUri)}" +
        $"&scope={Uri.EscapeDataString("offline_access email roles")}&code_challenge={Challenge("v")}&code_challenge_method=S256&state=s2" +
        (prompt is null ? "" : $"&prompt={prompt}"), UriKind.Relative);

    /// <summary>Signs in on the server's page; returns where it sends the browser next.</summary>
    private static async Task<Uri> SignInAsync(HttpClient browser, string email, string returnUrl)
    {
        using var signIn = await browser.PostAsync(new Uri("/auth/sign-in", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["email"] = email,
            ["password"] = "Teranga-2026",
            ["returnUrl"] = returnUrl,
        }), Within());
        signIn.StatusCode.Should().Be(HttpStatusCode.Redirect);
        return signIn.Headers.Location!;
    }

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
