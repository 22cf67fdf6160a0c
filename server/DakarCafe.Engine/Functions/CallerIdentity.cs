using System.Security.Claims;

namespace DakarCafe.Engine.Functions;

/// <summary>Who calls a function: a signed-in user with a role, or nobody; a signed-in identity lasts until its token expires.</summary>
/// <param name="UserId">The subject of the access token; null when anonymous.</param>
/// <param name="Email">The user's email, when the token carries it.</param>
/// <param name="Roles">The user's roles (user, admin, moderator, ...).</param>
public sealed record CallerIdentity(string? UserId, string? Email, IReadOnlySet<string> Roles)
{
    /// <summary>The caller who is not signed in.</summary>
    public static CallerIdentity Anonymous { get; } = new(null, null, new HashSet<string>());

    /// <summary>Reads the identity from an authenticated principal (subject, email and role claims); anonymous otherwise.</summary>
    public static CallerIdentity From(ClaimsPrincipal? user)
    {
        if (user?.Identity?.IsAuthenticated != true)
        {
            return Anonymous;
        }

        var subject = user.FindFirst("sub")?.Value ?? user.FindFirst(ClaimTypes.NameIdentifier)?.Value;
        if (subject is null)
        {
            return Anonymous;
        }

        var roles = user.FindAll("role").Concat(user.FindAll(ClaimTypes.Role)).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        var expires = long.TryParse(user.FindFirst("exp")?.Value, out var seconds) ? DateTimeOffset.FromUnixTimeSeconds(seconds) : (DateTimeOffset?)null;
        return new CallerIdentity(subject, user.FindFirst("email")?.Value ?? user.FindFirst(ClaimTypes.Email)?.Value, roles) { ExpiresAt = expires };
    }

    /// <summary>When the token this identity came from expires (UTC); null when it does not.</summary>
    public DateTimeOffset? ExpiresAt { get; init; }

    /// <summary>The id of the token this identity came from, which <see cref="ICallerAuthenticator.FindRevokedAsync"/> checks; null when it cannot be revoked.</summary>
    public string? TokenId { get; init; }

    /// <summary>
    /// True when the server itself makes the call (an action's queries and mutations, a webhook, a scheduled job)
    /// rather than a client; only such calls reach <see cref="AccessRule.Internal"/> functions.
    /// </summary>
    public bool IsServerCall { get; internal init; }

    /// <summary>True when signed in.</summary>
    public bool IsAuthenticated => UserId is not null;

    /// <summary>This identity, or anonymous once its token has expired.</summary>
    public CallerIdentity At(DateTimeOffset now) => ExpiresAt is { } expires && expires <= now ? Anonymous : this;

    /// <summary>True when the caller has the role.</summary>
    public bool IsInRole(string role) => Roles.Contains(role);

    /// <summary>
    /// What makes two callers see the same results: the user and their roles. A refreshed token for the same user
    /// has the same key, so it invalidates nothing.
    /// </summary>
    public string Key => UserId is null ? "anonymous" : $"{UserId}|{string.Join(',', Roles.Order(StringComparer.Ordinal))}";
}
