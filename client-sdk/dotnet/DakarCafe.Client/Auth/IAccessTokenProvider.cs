namespace DakarCafe.Client.Auth;

/// <summary>Where a client gets its access tokens: at connect, before the current one expires, and when the server refuses it.</summary>
public interface IAccessTokenProvider
{
    /// <summary>
    /// The token to use; null to be anonymous. With <paramref name="forceRefresh"/> the provider must not answer the
    /// token it gave last (it is expiring or was refused).
    /// </summary>
    Task<AccessToken?> GetAccessTokenAsync(bool forceRefresh, CancellationToken ct);
}
