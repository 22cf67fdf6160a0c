using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace DakarCafe.Auth.Internal;

/// <summary>
/// /auth/sign-in: the page where a user signs in on the server itself, so that the authorization code flow can
/// issue a code to a third-party app. It keeps a short-lived cookie for this server only; apps get tokens.
/// </summary>
internal static class SignInPage
{
    public const string Scheme = "dakarcafe.sign-in";
    public const string Path = "/auth/sign-in";

    public static void Map(WebApplication app)
    {
        app.MapGet(Path, (string? returnUrl, AuthOptions options) => Results.Content(Form(options.AppName, LocalOrRoot(returnUrl), error: null), "text/html; charset=utf-8"));
        app.MapPost(Path, async (HttpContext http, AccountStore accounts, AuthRateLimiter limiter, AuthOptions options, CancellationToken ct) =>
        {
            var form = await http.Request.ReadFormAsync(ct);
            var returnUrl = LocalOrRoot(form["returnUrl"]);
            if (limiter.CheckSignIn(form["email"], http) is { } tooMany)
            {
                return tooMany;
            }

            var account = await accounts.VerifyAsync(form["email"], form["password"], ct);
            if (account is null)
            {
                return Results.Content(Form(options.AppName, returnUrl, "L'email ou le mot de passe est incorrect. / The email or password is wrong."),
                    "text/html; charset=utf-8", statusCode: StatusCodes.Status401Unauthorized);
            }

            await SignInAsync(http, account);
            return Results.Redirect(returnUrl);
        }).DisableAntiforgery();
    }

    /// <summary>Sets the server's sign-in cookie for the account (the sign-in page's and the external providers' last step).</summary>
    public static Task SignInAsync(HttpContext http, Account account)
    {
        var identity = new ClaimsIdentity(Scheme, Claims.Name, Claims.Role);
        identity.AddClaim(new Claim(Claims.Subject, account.Id.ToString()));
        return http.SignInAsync(Scheme, new ClaimsPrincipal(identity));
    }

    /// <summary>
    /// Only paths of this server: an open redirect would hand codes to whoever wrote the link. Browsers drop tabs and
    /// line breaks from a URL (so <c>/&lt;tab&gt;/evil.example</c> becomes <c>//evil.example</c>) and read <c>\</c> as
    /// <c>/</c>: a path holding any of them, or any other control character or space, is refused.
    /// </summary>
    public static string LocalOrRoot(string? returnUrl) =>
        returnUrl is { Length: > 0 } && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal)
            && !returnUrl.Any(c => c == '\\' || char.IsControl(c) || char.IsWhiteSpace(c))
            ? returnUrl
            : "/";

    private static string Form(string appName, string returnUrl, string? error) => $"""
        <!doctype html>
        <html lang="fr"><head><meta charset="utf-8"><title>{WebUtility.HtmlEncode(appName)} — connexion</title></head>
        <body>
          <h1>{WebUtility.HtmlEncode(appName)}</h1>
          {(error is null ? "" : $"<p role=\"alert\">{WebUtility.HtmlEncode(error)}</p>")}
          <form method="post" action="{Path}">
            <input type="hidden" name="returnUrl" value="{WebUtility.HtmlEncode(returnUrl)}">
            <label>Email <input name="email" type="email" autocomplete="username" required></label>
            <label>Mot de passe / Password <input name="password" type="password" autocomplete="current-password" required></label>
            <button type="submit">Se connecter / Sign in</button>
          </form>
        </body></html>
        """;
}
