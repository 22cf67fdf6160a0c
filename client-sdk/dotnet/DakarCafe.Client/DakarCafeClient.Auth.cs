using DakarCafe.Client.Auth;
using DakarCafe.Protocol;
using Microsoft.AspNetCore.SignalR.Client;

namespace DakarCafe.Client;

public sealed partial class DakarCafeClient
{
    private AccessToken? _token;
    private int _refreshing;

    /// <summary>Raised when a fresh access token has been handed to the live connection.</summary>
    public event Action<AccessToken>? TokenRefreshed;

    /// <summary>
    /// Hands the live connection a fresh access token (null to sign out) without dropping its subscriptions; returns
    /// the signed-in user id. The token is kept and handed again after a reconnect.
    /// </summary>
    public async Task<string?> AuthenticateAsync(string? accessToken, CancellationToken ct = default)
    {
        var userId = await SendTokenAsync(accessToken is null ? null : new AccessToken(accessToken), ct);
        _token = accessToken is null ? null : new AccessToken(accessToken);
        return userId;
    }

    private async Task<string?> SendTokenAsync(AccessToken? token, CancellationToken ct)
    {
        var response = await _hub.InvokeAsync<AuthenticateResponse>(SyncHubMethods.Authenticate, new AuthenticateRequest(token?.Value), ct);
        return response.Error is { } error ? throw new DakarCafeException(error) : response.UserId;
    }

    private async Task<AccessToken?> CurrentTokenAsync(CancellationToken ct) =>
        _token ??= _options.TokenProvider is { } provider ? await provider.GetAccessTokenAsync(forceRefresh: false, ct) : null;

    private async Task RenewTokenAsync(CancellationToken ct) =>
        _token = await _options.TokenProvider!.GetAccessTokenAsync(forceRefresh: true, ct);

    /// <summary>One loop per client keeps the token fresh: shortly before it expires, a new one is fetched and handed to the live connection.</summary>
    private void StartTokenRefresh()
    {
        if (_options.TokenProvider is not null && Interlocked.Exchange(ref _refreshing, 1) == 0)
        {
            _ = RefreshTokenLoopAsync();
        }
    }

    private async Task RefreshTokenLoopAsync()
    {
        var time = _options.Time;
        while (!_closing.IsCancellationRequested && _token?.ExpiresAt is { } expires)
        {
            var lifetime = expires - time.GetUtcNow();
            var margin = TimeSpan.FromTicks(Math.Min(_options.TokenRefreshMargin.Ticks, Math.Max(lifetime.Ticks, 0) / 3));
            try
            {
                await Task.Delay(lifetime - margin > TimeSpan.Zero ? lifetime - margin : TimeSpan.Zero, time, _closing.Token);
                await RenewTokenAsync(_closing.Token);
                if (_hub.State == HubConnectionState.Connected && _token is { } fresh)
                {
                    await SendTokenAsync(fresh, _closing.Token);
                    Log.TokenRefreshed(_logger, fresh.ExpiresAt);
                    TokenRefreshed?.Invoke(fresh);
                }
            }
            catch (OperationCanceledException) when (_closing.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is HttpRequestException or DakarCafeException or InvalidOperationException)
            {
                // The token server or the connection is away; try again after a short pause (the reconnect resends the token).
                Log.TokenRefreshFailed(_logger, e.Message);
                await Task.Delay(_options.ReconnectDelay, time, _closing.Token).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }

        Volatile.Write(ref _refreshing, 0);
    }
}
