using System.Collections.Concurrent;
using DakarCafe.Engine.Functions;
using DakarCafe.Engine.Internal.Reactivity;
using DakarCafe.Engine.Limits;
using DakarCafe.Engine.Metrics;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Logging;

namespace DakarCafe.Engine.Internal.Sync;

/// <summary>
/// The lifetime manager of the sync hub: SignalR's default one, which also keeps a <see cref="ClientSession"/> per
/// connection holding its <see cref="HubConnectionContext"/>, so the reactor can write pre-serialized transitions
/// straight to each connection.
/// </summary>
internal sealed class SyncConnections(
    ILogger<DefaultHubLifetimeManager<SyncHub>> logger, Reactor reactor, EngineLimits limits, ICallerAuthenticator authenticator, EngineMetrics metrics)
    : DefaultHubLifetimeManager<SyncHub>(logger)
{
    private readonly ConcurrentDictionary<string, ClientSession> _sessions = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ClientSession> _bySessionId = new(StringComparer.Ordinal);

    public int Count => _sessions.Count;

    public ClientSession Get(string connectionId) => _sessions[connectionId];

    public IEnumerable<ClientSession> All => _sessions.Values;

    /// <summary>
    /// Gives <paramref name="session"/> the client session id <paramref name="sessionId"/>, unless a live connection of
    /// another user holds it (a connection of the same user takes it over: a client reconnecting before the server has
    /// noticed its old connection is gone).
    /// </summary>
    public bool TryClaim(ClientSession session, string sessionId)
    {
        while (true)
        {
            if (_bySessionId.TryAdd(sessionId, session))
            {
                return true;
            }

            if (!_bySessionId.TryGetValue(sessionId, out var holder))
            {
                continue;
            }

            if (holder != session && holder.Identity.UserId != session.Identity.UserId)
            {
                return false;
            }

            if (_bySessionId.TryUpdate(sessionId, session, holder))
            {
                return true;
            }
        }
    }

    public override Task OnConnectedAsync(HubConnectionContext connection)
    {
        var identity = authenticator.Identify(connection.User);
        _sessions[connection.ConnectionId] = new ClientSession(connection, new MutationQueue(limits.MaxPendingMutationsPerConnection), identity,
            limits.MaxSubscriptionsPerConnection);
        metrics.Connected();
        return base.OnConnectedAsync(connection);
    }

    public override Task OnDisconnectedAsync(HubConnectionContext connection)
    {
        if (_sessions.TryRemove(connection.ConnectionId, out var session))
        {
            _bySessionId.TryRemove(KeyValuePair.Create(session.SessionId, session));
            session.Mutations.Complete();
            metrics.Disconnected();
            reactor.Submit(new ReactorCommand.Disconnect(session));
        }

        return base.OnDisconnectedAsync(connection);
    }
}
