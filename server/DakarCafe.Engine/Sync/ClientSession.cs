using DakarCafe.Engine.Functions;
using DakarCafe.Engine.Metrics;
using DakarCafe.Engine.Reactivity;
using DakarCafe.Protocol;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Protocol;

namespace DakarCafe.Engine.Sync;

/// <summary>
/// One client connection: its identity, its subscriptions (owned by the reactor's loop), its serial mutation queue,
/// and its outbox. The outbox keeps at most one transition in flight and one pending; later changes merge into the
/// pending one, so a slow client gets fewer, larger transitions and never an unbounded queue.
/// Invariant: transitions are written in version order and each starts where the previous one ended.
/// </summary>
internal sealed class ClientSession(HubConnectionContext connection, MutationQueue mutations)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<int, PendingModification> _pending = [];
    private readonly List<long> _confirmed = [];
    private long _sentVersion;
    private long _pendingVersion;
    private bool _hasPending;
    private bool _sending;

    public string ConnectionId => connection.ConnectionId;

    public HubConnectionContext Connection => connection;

    public MutationQueue Mutations { get; } = mutations;

    /// <summary>Set by Connect; mutations are deduplicated per session across reconnects.</summary>
    public string SessionId { get; set; } = "anonymous-" + Guid.NewGuid().ToString("N");

    /// <summary>Who the client is now; replaced whole (by the hub or the expiry watcher), read by any thread.</summary>
    public CallerIdentity Identity { get; set; } = CallerIdentity.Anonymous;

    /// <summary>Who the rate limits count this client as: the signed-in user on all their devices, else the IP address.</summary>
    public string RateLimitKey => Identity.UserId is { } user
        ? "user:" + user
        : "ip:" + (connection.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpConnectionFeature>()?.RemoteIpAddress?.ToString() ?? connection.ConnectionId);

    /// <summary>The identity key the subscriptions were made under; the reactor's loop re-subscribes when it differs from <see cref="Identity"/>'s.</summary>
    public string SubscribedAs { get; set; } = CallerIdentity.Anonymous.Key;

    /// <summary>The client's subscriptions by query id; read and written only on the reactor's loop.</summary>
    public Dictionary<int, Subscription> Queries { get; } = [];

    /// <summary>Queries refused to the current identity, kept to try again when the identity changes; reactor's loop only.</summary>
    public Dictionary<int, QueryChange> Denied { get; } = [];

    /// <summary>The end version of the last transition queued for this client.</summary>
    public long QueuedVersion
    {
        get
        {
            lock (_gate)
            {
                return Math.Max(_sentVersion, _pendingVersion);
            }
        }
    }

    /// <summary>Queues a transition to <paramref name="version"/> confirming the client's <paramref name="confirmed"/> mutations; merges with one not yet sent.</summary>
    public void Enqueue(long version, IEnumerable<PendingModification> modifications, IEnumerable<long> confirmed)
    {
        lock (_gate)
        {
            _confirmed.AddRange(confirmed);
            foreach (var modification in modifications)
            {
                _pending[modification.QueryId] = _pending.TryGetValue(modification.QueryId, out var earlier)
                    ? earlier.FollowedBy(modification)
                    : modification;
            }

            _pendingVersion = Math.Max(Math.Max(_pendingVersion, version), _sentVersion);
            _hasPending = true;
        }
    }

    /// <summary>Takes the pending transition if nothing is in flight; the caller must write it with <see cref="FlushAsync"/>.</summary>
    public Transition? TakeForSending()
    {
        lock (_gate)
        {
            if (_sending || !_hasPending)
            {
                return null;
            }

            var transition = new Transition(_sentVersion, _pendingVersion, _pending.Values.OrderBy(m => m.QueryId).Select(m => m.Message).ToArray(),
                _confirmed.Count == 0 ? null : [.. _confirmed]);
            _sentVersion = _pendingVersion;
            _pending.Clear();
            _confirmed.Clear();
            _hasPending = false;
            _sending = true;
            return transition;
        }
    }

    /// <summary>Writes a transition taken with <see cref="TakeForSending"/>, then whatever became pending meanwhile, one at a time.</summary>
    public async Task FlushAsync(Transition transition, SerializedHubMessage message, EngineMetrics metrics)
    {
        while (true)
        {
            try
            {
                metrics.TransitionWritten(transition.Modifications.Count, message.GetSerializedMessage(connection.Protocol).Length);
                await connection.WriteAsync(message, connection.ConnectionAborted);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            finally
            {
                lock (_gate)
                {
                    _sending = false;
                }
            }

            if (TakeForSending() is not { } next)
            {
                return;
            }

            transition = next;
            message = new SerializedHubMessage(new InvocationMessage(SyncHubMethods.Transition, [next]));
        }
    }
}
