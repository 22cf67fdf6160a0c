using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace DakarCafe.Auth.Internal;

/// <summary>
/// GET /connect/authorize: the authorization code flow (PKCE required) for third-party web and mobile apps. A user not
/// yet signed in on the server (or asked to sign in again with prompt=login) is sent to the sign-in page and back; a
/// signed-in one gets a code for the app.
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
            // Back from the sign-in page without prompt=login, or it would ask again forever.
            var back = http.Request.PathBase + http.Request.Path + QueryString.Create(http.Request.Query.Where(p => p.Key != Parameters.Prompt));
            if (account is not { IsActive: true })
            {
                return Results.Challenge(new AuthenticationProperties { RedirectUri = back }, [SignInPage.Scheme]);
            }

            if (request.HasPromptValue(PromptValues.Login))
            {
                // prompt=login: sign in again, perhaps as someone else.
                await http.SignOutAsync(SignInPage.Scheme);
                return Results.Challenge(new AuthenticationProperties { RedirectUri = back }, [SignInPage.Scheme]);
            }

            return TokenEndpoint.SignIn(TokenEndpoint.ForAccount(account, request.GetScopes()));
        });
}
