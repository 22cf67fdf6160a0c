using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Authentication;
using OpenIddict.Abstractions;
using OpenIddict.Client;
using OpenIddict.Client.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace DakarCafe.Auth.Internal;

/// <summary>
/// Sign-in with an external provider through OpenIddict's client: <c>/auth/external/{provider}</c> sends the user to
/// the provider; its answer comes back to <c>/auth/callback/{provider}</c>, where the account of the provider's
/// (verified) email is found or created and the server's sign-in cookie is set, as the sign-in page does. Off when no
/// provider is configured.
/// </summary>
internal static class ExternalSignIn
{
    public static void AddTo(OpenIddictBuilder openIddict, IReadOnlyList<ExternalProvider> providers, X509Certificate2 certificate)
    {
        if (providers.Count == 0)
        {
            return;
        }

        openIddict.AddClient(client =>
        {
            client.AllowAuthorizationCodeFlow();
            client.AddSigningCertificate(certificate).AddEncryptionCertificate(certificate);
            client.UseAspNetCore().EnableRedirectionEndpointPassthrough().DisableTransportSecurityRequirement();
            client.UseSystemNetHttp();
            client.SetRedirectionEndpointUris(providers.Select(p => p.CallbackPath).ToArray());
            var web = client.UseWebProviders();
            foreach (var provider in providers)
            {
                switch (provider.Kind)
                {
                    case "Google":
                        web.AddGoogle(google => google.SetProviderName(provider.Name).SetClientId(provider.ClientId)
                            .SetClientSecret(provider.ClientSecret).SetRedirectUri(provider.CallbackPath).AddScopes(Scopes.Email, Scopes.Profile));
                        break;
                    case "Facebook":
                        web.AddFacebook(facebook => facebook.SetProviderName(provider.Name).SetClientId(provider.ClientId)
                            .SetClientSecret(provider.ClientSecret).SetRedirectUri(provider.CallbackPath).AddScopes(Scopes.Email));
                        break;
                    default:
                        client.AddRegistration(new OpenIddictClientRegistration
                        {
                            ProviderName = provider.Name,
                            Issuer = provider.Issuer ?? throw new InvalidOperationException($"Auth:ExternalProviders '{provider.Name}' needs an Issuer."),
                            ClientId = provider.ClientId,
                            ClientSecret = provider.ClientSecret,
                            RedirectUri = new Uri(provider.CallbackPath, UriKind.Relative),
                            Scopes = { Scopes.Email, Scopes.Profile },
                        });
                        break;
                }
            }
        });
    }

    public static void Map(WebApplication app)
    {
        app.MapGet("auth/external/{provider}", (string provider, string? returnUrl, IEnumerable<ExternalProvider> providers) =>
            providers.Any(p => p.Name == provider)
                ? Results.Challenge(new AuthenticationProperties(new Dictionary<string, string?>
                {
                    [OpenIddictClientAspNetCoreConstants.Properties.ProviderName] = provider,
                })
                { RedirectUri = SignInPage.LocalOrRoot(returnUrl) }, [OpenIddictClientAspNetCoreDefaults.AuthenticationScheme])
                : Results.NotFound());

        app.MapMethods("auth/callback/{provider}", [HttpMethods.Get, HttpMethods.Post], async (HttpContext http, AccountStore accounts, CancellationToken ct) =>
        {
            var result = await http.AuthenticateAsync(OpenIddictClientAspNetCoreDefaults.AuthenticationScheme);
            var email = result.Principal?.GetClaim(Claims.Email);
            if (!result.Succeeded || email is null)
            {
                return Results.Content("The provider did not confirm who you are.", "text/plain; charset=utf-8", statusCode: StatusCodes.Status401Unauthorized);
            }

            var account = await accounts.SignInExternalAsync(email, result.Principal!.GetClaim(Claims.Name) ?? email, ct);
            if (account is null)
            {
                return Results.Content("This account is no longer active.", "text/plain; charset=utf-8", statusCode: StatusCodes.Status403Forbidden);
            }

            await SignInPage.SignInAsync(http, account);
            return Results.Redirect(SignInPage.LocalOrRoot(result.Properties?.RedirectUri));
        });
    }
}
