using System.Security.Claims;

namespace DakarCafe.Engine.Functions;

/// <summary>
/// How the engine learns who its callers are; the host's auth supplies it. The engine stays agnostic of the token
/// server: it asks for an identity from a connection's user, or from a fresh access token handed to a live connection.
/// </summary>
public interface ICallerAuthenticator
{
    /// <summary>The identity of a connection's authenticated user (anonymous when it has none).</summary>
    CallerIdentity Identify(ClaimsPrincipal? user);

    /// <summary>The identity an access token stands for, or null when the token is not valid.</summary>
    Task<CallerIdentity?> AuthenticateAsync(string accessToken, CancellationToken ct);

    /// <summary>
    /// Which of these token ids (<see cref="CallerIdentity.TokenId"/> of live connections) are no longer valid:
    /// revoked, or gone. Asked for all live connections at once, every <c>IdentityRecheckInterval</c>.
    /// </summary>
    Task<IReadOnlySet<string>> FindRevokedAsync(IReadOnlySet<string> tokenIds, CancellationToken ct);
}
