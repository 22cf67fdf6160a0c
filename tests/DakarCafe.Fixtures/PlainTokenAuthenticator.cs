using System.Globalization;
using System.Security.Claims;
using DakarCafe.Engine.Functions;

namespace DakarCafe.Fixtures;

/// <summary>
/// The engine's side of auth without a token server: tokens of the tests' own making, "user|role|expires unix seconds"
/// (see <see cref="Token"/>), revocable one by one.
/// </summary>
public sealed class PlainTokenAuthenticator : ICallerAuthenticator
{
    /// <summary>A token for <paramref name="user"/> with <paramref name="role"/>, valid until <paramref name="expires"/>.</summary>
    public static string Token(string user, string role, DateTimeOffset expires) =>
        string.Create(CultureInfo.InvariantCulture, $"{user}|{role}|{expires.ToUnixTimeSeconds()}");

    private readonly HashSet<string> _revoked = [];

    /// <summary>Makes the token stand for no one from now on.</summary>
    public void Revoke(string token)
    {
        lock (_revoked)
        {
            _revoked.Add(token);
        }
    }

    /// <inheritdoc />
    public CallerIdentity Identify(ClaimsPrincipal? user) => CallerIdentity.From(user);

    /// <inheritdoc />
    public Task<IReadOnlySet<string>> FindRevokedAsync(IReadOnlySet<string> tokenIds, CancellationToken ct)
    {
        lock (_revoked)
        {
            return Task.FromResult<IReadOnlySet<string>>(tokenIds.Where(_revoked.Contains).ToHashSet());
        }
    }

    /// <inheritdoc />
    public Task<CallerIdentity?> AuthenticateAsync(string accessToken, CancellationToken ct)
    {
        var parts = accessToken.Split('|');
        return Task.FromResult(parts.Length == 3
            ? new CallerIdentity(parts[0], $"{parts[0]}@example.sn", new HashSet<string> { parts[1] })
            {
                ExpiresAt = DateTimeOffset.FromUnixTimeSeconds(long.Parse(parts[2], CultureInfo.InvariantCulture)),
                TokenId = accessToken,
            }
            : null);
    }
}
