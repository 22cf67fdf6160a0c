using System.Collections.Concurrent;
using DakarCafe.Engine.Functions;
using DakarCafe.Engine.Limits;
using DakarCafe.Engine.Metrics;
using DakarCafe.Engine.Reactivity;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Logging;

namespace DakarCafe.Engine.Sync;

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

    public int Count => _sessions.Count;

    public ClientSession Get(string connectionId) => _sessions[connectionId];

    public IEnumerable<ClientSession> All => _sessions.Values;

    public override Task OnConnectedAsync(HubConnectionContext connection)
    {
        var identity = authenticator.Identify(connection.User);
        _sessions[connection.ConnectionId] = new ClientSession(connection, new MutationQueue(limits.MaxPendingMutationsPerConnection))
        {
            Identity = identity,
            SubscribedAs = identity.Key,
        };
        metrics.Connected();
        return base.OnConnectedAsync(connection);
    }

    public override Task OnDisconnectedAsync(HubConnectionContext connection)
    {
        if (_sessions.TryRemove(connection.ConnectionId, out var session))
        {
            session.Mutations.Complete();
            metrics.Disconnected();
            reactor.Submit(new ReactorCommand.Disconnect(session));
        }

        return base.OnDisconnectedAsync(connection);
    }
}
