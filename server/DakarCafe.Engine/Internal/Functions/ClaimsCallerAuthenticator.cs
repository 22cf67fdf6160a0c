using System.Security.Claims;
using DakarCafe.Engine.Functions;

namespace DakarCafe.Engine.Internal.Functions;

/// <summary>The authenticator of a host without a token server: connection users are read from their claims, and no token is accepted.</summary>
internal sealed class ClaimsCallerAuthenticator : ICallerAuthenticator
{
    public CallerIdentity Identify(ClaimsPrincipal? user) => CallerIdentity.From(user);

    public Task<CallerIdentity?> AuthenticateAsync(string accessToken, CancellationToken ct) => Task.FromResult<CallerIdentity?>(null);

    public Task<IReadOnlySet<string>> FindRevokedAsync(IReadOnlySet<string> tokenIds, CancellationToken ct) =>
        Task.FromResult<IReadOnlySet<string>>(new HashSet<string>());
}
