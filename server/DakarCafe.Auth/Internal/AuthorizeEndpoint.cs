using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace DakarCafe.Auth.Internal;

/// <summary>
/// GET /connect/authorize: the authorization code flow (PKCE required) for third-party web and mobile apps. A user not
/// yet signed in on the server is sent to the sign-in page and back; a signed-in one gets a code for the app.
/// </summary>
internal static class AuthorizeEndpoint
{
    public static void Map(WebApplication app) => app.MapMethods("connect/authorize", [HttpMethods.Get, HttpMethods.Post],
        async (HttpContext http, AccountStore accounts, CancellationToken ct) =>
        {
            var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
            var signedIn = await http.AuthenticateAsync(SignInPage.Scheme);
            var account = signedIn.Succeeded && Guid.TryParse(signedIn.Principal!.GetClaim(Claims.Subject), out var id)
                ? await accounts.FindAsync(id, ct)
                : null;
            if (account is not { IsActive: true })
            {
                return Results.Challenge(new AuthenticationProperties { RedirectUri = http.Request.PathBase + http.Request.Path + http.Request.QueryString },
                    [SignInPage.Scheme]);
            }

            return TokenEndpoint.SignIn(TokenEndpoint.ForAccount(account, request.GetScopes()));
        });
}
