using System.Text.Json;
using DakarCafe.Client.Sync;
using DakarCafe.Protocol;
using Microsoft.AspNetCore.SignalR.Client;

namespace DakarCafe.Client;

public sealed partial class DakarCafeClient
{
    /// <summary>
    /// A live query to enumerate (<c>await foreach</c>) or observe: each enumeration or observer subscribes, sees the
    /// current value and every change, and unsubscribes when it stops. Subscribers of the same query share one
    /// server subscription.
    /// </summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Usage", "VSTHRD200", Justification = "A cold stream, named like IObservable.Subscribe; nothing runs until it is enumerated.")]
    public LiveQuery<TResult> Subscribe<TArgs, TResult>(QueryReference<TArgs, TResult> query, TArgs args) where TArgs : notnull =>
        new(this, query.Name, args);

    /// <summary>Subscribes to a query and returns the subscription (dispose it to unsubscribe).</summary>
    public Task<QuerySubscription<TResult>> SubscribeAsync<TArgs, TResult>(QueryReference<TArgs, TResult> query, TArgs args, CancellationToken ct = default)
        where TArgs : notnull => SubscribeAsync<TResult>(query.Name, args, ct);

    /// <summary>
    /// Subscribes to a query by name. The subscription's value arrives with the next transition (at once when the
    /// same query is already subscribed) and changes whenever a commit changes what the query read.
    /// </summary>
    public async Task<QuerySubscription<T>> SubscribeAsync<T>(string function, object args, CancellationToken ct = default)
    {
        var (state, isNew) = _store.Acquire(function, JsonSerializer.Serialize(args, args.GetType(), WireJson.Options));
        var subscription = new QuerySubscription<T>(state, this);
        if (isNew && _hub.State == HubConnectionState.Connected)
        {
            await _hub.SendAsync(SyncHubMethods.ModifyQuerySet, new QuerySetModification([state.AddChange()]), ct);
        }

        return subscription;
    }

    /// <summary>
    /// Subscriptions the server refused as <c>RATE_LIMITED</c> or <c>UNAVAILABLE</c> are asked for again after the
    /// time the refusal names (a reconnect meanwhile asks anyway).
    /// </summary>
    private void ResubscribeRefused(Transition transition)
    {
        foreach (var modification in transition.Modifications)
        {
            if (modification is { Kind: QueryModificationKind.Failed, Error: { Code: ErrorCodes.RateLimited or ErrorCodes.Unavailable } refusal })
            {
                _ = ResubscribeLaterAsync(modification.QueryId, RetryAfter(refusal));
            }
        }
    }

    private async Task ResubscribeLaterAsync(int queryId, TimeSpan delay)
    {
        await Task.Delay(delay, _options.Time, _closingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        if (_store.Find(queryId) is { ServerError.Code: ErrorCodes.RateLimited or ErrorCodes.Unavailable } state && _hub.State == HubConnectionState.Connected)
        {
            await _hub.SendAsync(SyncHubMethods.ModifyQuerySet, new QuerySetModification([state.AddChange()]), _closingToken)
                .ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    internal async Task UnsubscribeAsync(QueryState state)
    {
        if (_store.Release(state) && _hub.State == HubConnectionState.Connected)
        {
            await _hub.SendAsync(SyncHubMethods.ModifyQuerySet, new QuerySetModification([new QueryChange(QueryChangeKind.Remove, state.QueryId)]));
        }
    }
}
