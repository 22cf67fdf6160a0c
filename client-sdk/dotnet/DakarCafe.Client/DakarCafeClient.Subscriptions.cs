using System.Text.Json;
using DakarCafe.Protocol;
using Microsoft.AspNetCore.SignalR.Client;

namespace DakarCafe.Client;

public sealed partial class DakarCafeClient
{
    /// <summary>
    /// Subscribes to a query. The subscription's value arrives with the next transition and changes whenever a commit
    /// changes what the query read; dispose it to unsubscribe.
    /// </summary>
    public async Task<QuerySubscription<T>> SubscribeAsync<T>(string function, object args, CancellationToken ct = default)
    {
        QueryState state;
        lock (_gate)
        {
            state = new QueryState(++_nextQueryId, function, JsonSerializer.Serialize(args, WireJson.Options));
            _queries[state.QueryId] = state;
        }

        var subscription = new QuerySubscription<T>(state, this);
        if (_hub.State == HubConnectionState.Connected)
        {
            await _hub.SendAsync(SyncHubMethods.ModifyQuerySet, new QuerySetModification([state.AddChange()]), ct);
        }

        return subscription;
    }

    internal async Task UnsubscribeAsync(int queryId)
    {
        lock (_gate)
        {
            if (!_queries.Remove(queryId))
            {
                return;
            }
        }

        if (_hub.State == HubConnectionState.Connected)
        {
            await _hub.SendAsync(SyncHubMethods.ModifyQuerySet, new QuerySetModification([new QueryChange(QueryChangeKind.Remove, queryId)]));
        }
    }
}
