using System.Security.Claims;
using DakarCafe.Engine.Functions;
using OpenIddict.Abstractions;
using OpenIddict.Validation;

namespace DakarCafe.Server.Auth;

/// <summary>Identities for the engine from OpenIddict access tokens: subject, email, role and expiry.</summary>
internal sealed class OpenIddictCallerAuthenticator(OpenIddictValidationService validation) : ICallerAuthenticator
{
    public CallerIdentity Identify(ClaimsPrincipal? user) =>
        user is null ? CallerIdentity.Anonymous : CallerIdentity.From(user) with { ExpiresAt = user.GetExpirationDate() };

    public async Task<CallerIdentity?> AuthenticateAsync(string accessToken, CancellationToken ct)
    {
        try
        {
            return Identify(await validation.ValidateAccessTokenAsync(accessToken, ct));
        }
        catch (Exception e) when (e is OpenIddictExceptions.ProtocolException or OpenIddictExceptions.ValidationException)
        {
            return null;
        }
    }
}
