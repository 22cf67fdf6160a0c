using System.Net;
using DakarCafe.Protocol;
using Microsoft.AspNetCore.SignalR.Client;
using Polly;
using Polly.Retry;

namespace DakarCafe.Client;

public sealed partial class DakarCafeClient
{
    private readonly ResiliencePipeline _reconnect;
    private int _reconnecting;
    private ConnectionState _state = new(ConnectionStatus.Idle);

    /// <summary>Raised with each new <see cref="ConnectionState"/>.</summary>
    public event Action<ConnectionState>? ConnectionStateChanged;

    /// <summary>Where the connection stands: idle, connecting, connected, reconnecting (with the attempt, its delay and the last error) or closed.</summary>
    public ConnectionState ConnectionState => Volatile.Read(ref _state);

    /// <summary>
    /// Opens the connection and announces the session. A failed attempt (the server is not up yet, say) is followed
    /// by others with jittered backoff, as after a drop, until one succeeds or <paramref name="ct"/> gives up.
    /// </summary>
    public async Task ConnectAsync(CancellationToken ct = default)
    {
        ThrowIfClosed();
        SetState(new ConnectionState(ConnectionStatus.Connecting));
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct, _closingToken);
        try
        {
            await AttemptUntilConnectedAsync(AnnounceSessionAsync, refusalsToAccept: 1, stop.Token);
        }
        catch (ConnectionRefusedException refused)
        {
            // The server refused the token, fresh as it was: signing in again is the app's job, not a retry's.
            SetState(new ConnectionState(ConnectionStatus.Idle));
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(refused.InnerException!);
        }
        catch (OperationCanceledException) when (!_closingToken.IsCancellationRequested)
        {
            SetState(new ConnectionState(ConnectionStatus.Idle));
            throw;
        }

        Volatile.Write(ref _started, true);
        MarkConnected();
        SetState(new ConnectionState(ConnectionStatus.Connected));
        Log.Connected(_logger, _options.ServerUrl, ConnectionId);
        StartTokenRefresh();
    }

    private void SetState(ConnectionState state)
    {
        if (Volatile.Read(ref _state).Status == ConnectionStatus.Closed)
        {
            return;
        }

        Volatile.Write(ref _state, state);
        ConnectionStateChanged?.Invoke(state);
    }

    /// <summary>
    /// Reconnects until it works or the client is disposed: exponential, jittered delays, so clients do not return in
    /// a herd; an attempt that hangs (a network that swallows the handshake) is abandoned after the connect timeout.
    /// </summary>
    private ResiliencePipeline ReconnectPipeline(DakarCafeClientOptions options) => new ResiliencePipelineBuilder()
        .AddRetry(new RetryStrategyOptions
        {
            ShouldHandle = new PredicateBuilder().Handle<Exception>(e => !_closing.IsCancellationRequested && e is not ConnectionRefusedException),
            MaxRetryAttempts = int.MaxValue,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = options.ReconnectDelay,
            MaxDelay = options.MaxReconnectDelay,
            OnRetry = retry =>
            {
                Log.ReconnectFailed(_logger, retry.AttemptNumber + 1, retry.RetryDelay, retry.Outcome.Exception?.Message);
                SetState(new ConnectionState(ConnectionStatus.Reconnecting, retry.AttemptNumber + 1, retry.RetryDelay, retry.Outcome.Exception?.Message));
                return ValueTask.CompletedTask;
            },
        })
        .AddTimeout(options.ConnectTimeout)
        .Build();

    /// <summary>However the connection was lost, one loop brings it back (a drop during the loop's own resume is handled by the loop).</summary>
    private async Task OnClosedAsync(Exception? cause)
    {
        if (_closing.IsCancellationRequested || Interlocked.Exchange(ref _reconnecting, 1) == 1)
        {
            return;
        }

        MarkDisconnected();
        SetState(new ConnectionState(ConnectionStatus.Reconnecting, 0, TimeSpan.Zero, cause?.Message));
        Log.ConnectionLost(_logger, cause?.Message);
        try
        {
            await AttemptUntilConnectedAsync(ResumeAsync, refusalsToAccept: int.MaxValue, _closingToken);
        }
        catch (OperationCanceledException) when (_closing.IsCancellationRequested)
        {
            // Disposed while reconnecting.
        }
        finally
        {
            Volatile.Write(ref _reconnecting, 0);
        }
    }

    /// <summary>
    /// Starts the connection (unless it is up) and introduces the client, again after each failure with backoff,
    /// until it works or <paramref name="ct"/> gives up; past <paramref name="refusalsToAccept"/> refusals of the token
    /// (HTTP 401, each followed by a fresh token) it gives up with <see cref="ConnectionRefusedException"/>.
    /// </summary>
    private async Task AttemptUntilConnectedAsync(Func<CancellationToken, Task> introduce, int refusalsToAccept, CancellationToken ct)
    {
        var refusals = 0;
        await _reconnect.ExecuteAsync(async token =>
        {
            if (_hub.State == HubConnectionState.Disconnected)
            {
                try
                {
                    await StartRefreshingTokenOnRefusalAsync(token);
                }
                catch (HttpRequestException e) when (e.StatusCode == HttpStatusCode.Unauthorized && ++refusals > refusalsToAccept)
                {
                    throw new ConnectionRefusedException(e);
                }
            }

            await introduce(token);
        }, ct);
    }

    /// <summary>Starts the connection; a server that refuses the token (it expired while we were away) gets a fresh one next time.</summary>
    private async Task StartRefreshingTokenOnRefusalAsync(CancellationToken ct)
    {
        try
        {
            await _hub.StartAsync(ct);
        }
        catch (HttpRequestException e) when (e.StatusCode == HttpStatusCode.Unauthorized && _options.TokenProvider is not null)
        {
            await RenewTokenAsync(ct);
            throw;
        }
    }

    /// <summary>After a reconnect the server knows nothing of us: announce the session, authenticate, resubscribe, resend what is unconfirmed.</summary>
    private async Task ResumeAsync(CancellationToken ct)
    {
        var resubscribe = _store.Restart();
        await AnnounceSessionAsync(ct);
        if (_token is { } token)
        {
            await _hub.InvokeAsync<AuthenticateResponse>(SyncHubMethods.Authenticate, new AuthenticateRequest(token.Value), ct);
        }

        if (resubscribe.Count > 0)
        {
            await _hub.SendAsync(SyncHubMethods.ModifyQuerySet, new QuerySetModification(resubscribe), ct);
        }

        var resent = ResendPendingMutations();
        MarkConnected();
        SetState(new ConnectionState(ConnectionStatus.Connected));
        Log.Reconnected(_logger, ConnectionId, resubscribe.Count, resent);
    }

    /// <summary>The server refused the token more often than the attempt accepts.</summary>
    private sealed class ConnectionRefusedException(HttpRequestException refusal) : Exception(refusal.Message, refusal);
}
