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

    /// <summary>Reconnects until it works or the client is disposed: exponential, jittered delays, so clients do not return in a herd.</summary>
    private ResiliencePipeline ReconnectPipeline(DakarCafeClientOptions options) => new ResiliencePipelineBuilder()
        .AddRetry(new RetryStrategyOptions
        {
            ShouldHandle = new PredicateBuilder().Handle<Exception>(_ => !_closing.IsCancellationRequested),
            MaxRetryAttempts = int.MaxValue,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = options.ReconnectDelay,
            MaxDelay = options.MaxReconnectDelay,
            OnRetry = retry =>
            {
                Log.ReconnectFailed(_logger, retry.AttemptNumber + 1, retry.RetryDelay, retry.Outcome.Exception?.Message);
                return ValueTask.CompletedTask;
            },
        })
        .Build();

    /// <summary>However the connection was lost, one loop brings it back (a drop during the loop's own resume is handled by the loop).</summary>
    private async Task OnClosedAsync(Exception? cause)
    {
        if (_closing.IsCancellationRequested || Interlocked.Exchange(ref _reconnecting, 1) == 1)
        {
            return;
        }

        Log.ConnectionLost(_logger, cause?.Message);
        try
        {
            await _reconnect.ExecuteAsync(async ct =>
            {
                if (_hub.State == HubConnectionState.Disconnected)
                {
                    await StartRefreshingTokenOnRefusalAsync(ct);
                }

                await ResumeAsync(ct);
            }, _closing.Token);
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
        Log.Reconnected(_logger, _hub.ConnectionId, resubscribe.Count, resent);
    }
}
