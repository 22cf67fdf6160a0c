using DakarCafe.Protocol;

namespace DakarCafe.Engine.Internal.Sync;

/// <summary>
/// The transitions queued for one client: at most one in flight and one pending; later changes merge into the
/// pending one, so a slow client gets fewer, larger transitions and never an unbounded queue. Pure state without
/// I/O, safe from any thread: the reactor's loop queues, the dispatcher takes and reports each write.
/// Invariant: transitions are taken in version order and each starts where the previous one ended.
/// </summary>
internal sealed class ClientOutbox
{
    private readonly Lock _gate = new();
    private readonly Dictionary<int, PendingModification> _pending = [];
    private readonly List<long> _confirmed = [];
    private long _sentVersion;
    private long _pendingVersion;
    private bool _hasPending;
    private bool _sending;

    /// <summary>The end version of the last transition queued.</summary>
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

    /// <summary>Queues a transition to <paramref name="version"/> confirming the client's <paramref name="confirmed"/> mutations; merges with one not yet taken.</summary>
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

    /// <summary>Takes the pending transition if nothing is in flight; the taker reports its write with <see cref="Written"/>.</summary>
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

    /// <summary>The transition in flight was written (or its connection is gone): the next one may be taken.</summary>
    public void Written()
    {
        lock (_gate)
        {
            _sending = false;
        }
    }
}
