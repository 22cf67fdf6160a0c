using System.Security.Claims;
using DakarCafe.Engine.Functions;
using Microsoft.EntityFrameworkCore;
using OpenIddict.Abstractions;
using OpenIddict.EntityFrameworkCore.Models;
using OpenIddict.Validation;

namespace DakarCafe.Auth.Internal;

/// <summary>
/// Identities for the engine from OpenIddict access tokens: subject, email, role, expiry and the token's id, whose
/// entry says whether it was revoked since (sign-out, a new password, a changed role).
/// </summary>
internal sealed class OpenIddictCallerAuthenticator(OpenIddictValidationService validation, IServiceScopeFactory scopes) : ICallerAuthenticator
{
    public CallerIdentity Identify(ClaimsPrincipal? user) => user is null
        ? CallerIdentity.Anonymous
        : CallerIdentity.From(user) with { ExpiresAt = user.GetExpirationDate(), TokenId = user.GetTokenId() };

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

    /// <summary>One query for every live connection's token: those not (or no longer) valid in OpenIddict's token table.</summary>
    public async Task<IReadOnlySet<string>> FindRevokedAsync(IReadOnlySet<string> tokenIds, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AuthDbContext>();
        var ids = tokenIds.ToList();
        var valid = await db.Set<OpenIddictEntityFrameworkCoreToken>()
            .Where(t => ids.Contains(t.Id!) && t.Status == OpenIddictConstants.Statuses.Valid)
            .Select(t => t.Id!)
            .ToListAsync(ct);
        return tokenIds.Except(valid, StringComparer.Ordinal).ToHashSet(StringComparer.Ordinal);
    }
}
