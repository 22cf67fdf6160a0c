namespace DakarCafe.Client.Auth;

/// <summary>A token obtained elsewhere, used as it is (a service's, or a test's); it is never refreshed.</summary>
/// <param name="token">The access token.</param>
public sealed class FixedAccessToken(string token) : IAccessTokenProvider
{
    /// <inheritdoc />
    public Task<AccessToken?> GetAccessTokenAsync(bool forceRefresh, CancellationToken ct) => Task.FromResult<AccessToken?>(new AccessToken(token));
}
