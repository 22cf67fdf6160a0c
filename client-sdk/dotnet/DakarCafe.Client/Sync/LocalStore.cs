using DakarCafe.Protocol;

namespace DakarCafe.Client.Sync;

/// <summary>
/// The client's one local store. It owns the subscribed queries (one per function and arguments, shared by their
/// local subscribers), the version the store has reached, the waiters for versions, and the optimistic updates of
/// pending mutations. It does not own the connection or notify anyone: each change returns a
/// <see cref="StoreChange"/> that the client releases outside the lock: subscribers first, then the version is
/// announced (<see cref="Announce"/>) and its waiters released.
/// Invariant: every query shows the server's value at the store's version with the pending optimistic updates
/// applied in request order, and a transition moves every query to its end version at once.
/// </summary>
internal sealed class LocalStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<int, QueryState> _byId = [];
    private readonly Dictionary<string, QueryState> _byToken = new(StringComparer.Ordinal);
    private readonly List<OptimisticLayer> _layers = [];
    private readonly List<(long Version, TaskCompletionSource Reached)> _versionWaiters = [];
    private long _chainVersion;
    private long _version;
    private long _released;
    private int _nextQueryId;

    /// <summary>The highest version whose transition has been applied and announced to its subscribers.</summary>
    public long Version
    {
        get
        {
            lock (_gate)
            {
                return _released;
            }
        }
    }

    public static string TokenOf(string function, string args) => function + "\n" + args;

    /// <summary>The query for this function and arguments, shared if already subscribed; <c>IsNew</c> when the server must be told.</summary>
    public (QueryState State, bool IsNew) Acquire(string function, string args)
    {
        lock (_gate)
        {
            if (_byToken.TryGetValue(TokenOf(function, args), out var existing))
            {
                existing.Subscribers++;
                return (existing, false);
            }

            var state = new QueryState(++_nextQueryId, function, args) { Subscribers = 1 };
            _byId[state.QueryId] = state;
            _byToken[state.Token] = state;
            return (state, true);
        }
    }

    /// <summary>The subscribed query with this id, or null once it is released.</summary>
    public QueryState? Find(int queryId)
    {
        lock (_gate)
        {
            return _byId.GetValueOrDefault(queryId);
        }
    }

    /// <summary>One local subscriber fewer; true when it was the last, so the server must be told.</summary>
    public bool Release(QueryState state)
    {
        lock (_gate)
        {
            if (--state.Subscribers > 0 || !_byId.Remove(state.QueryId))
            {
                return false;
            }

            _byToken.Remove(state.Token);
            return true;
        }
    }

    /// <summary>After a reconnect the server knows no queries: the set to add again, each announcing the hash it holds.</summary>
    public IReadOnlyList<QueryChange> Restart()
    {
        lock (_gate)
        {
            _chainVersion = 0;
            return _byId.Values.Select(q => q.AddChange()).ToList();
        }
    }

    /// <summary>
    /// Applies a transition: the server's modifications, then the optimistic updates of the mutations it confirms (or
    /// whose commits it reaches) are dropped, in one step, so what is shown never flickers back or doubles. <c>InSequence</c> is false when the
    /// transition does not start where the previous one ended.
    /// </summary>
    public (StoreChange Change, bool InSequence) Apply(Transition transition)
    {
        lock (_gate)
        {
            var inSequence = transition.StartVersion == _chainVersion;
            var touched = new HashSet<QueryState>();
            foreach (var modification in transition.Modifications)
            {
                if (_byId.TryGetValue(modification.QueryId, out var query) && query.ApplyServer(modification))
                {
                    query.Version = transition.EndVersion;
                    touched.Add(query);
                }
            }

            _chainVersion = transition.EndVersion;
            _version = Math.Max(_version, transition.EndVersion);
            var confirmed = transition.ConfirmedMutations ?? [];
            var dropped = _layers.RemoveAll(l => l.CommitVersion <= _version || confirmed.Contains(l.RequestId)) > 0;
            var changed = dropped || _layers.Count > 0 ? Rebuild(_byId.Values) : Rebuild(touched);
            return (new StoreChange(changed, _version), inSequence);
        }
    }

    /// <summary>Applies a new optimistic update at once.</summary>
    public StoreChange AddLayer(OptimisticLayer layer)
    {
        lock (_gate)
        {
            _layers.Add(layer);
            return new StoreChange(Rebuild(_byId.Values), null);
        }
    }

    /// <summary>
    /// The mutation answered: on success its update stays until the store reaches <paramref name="commitVersion"/>
    /// (at once if it already has); on failure (null) it is rolled back now.
    /// </summary>
    public StoreChange SettleLayer(long requestId, long? commitVersion)
    {
        lock (_gate)
        {
            var layer = _layers.Find(l => l.RequestId == requestId);
            if (layer is null)
            {
                return StoreChange.None;
            }

            if (commitVersion is { } version && version > _version)
            {
                layer.CommitVersion = version;
                return StoreChange.None;
            }

            _layers.Remove(layer);
            return new StoreChange(Rebuild(_byId.Values), null);
        }
    }

    /// <summary>
    /// Marks <paramref name="version"/> as announced, once the subscriptions of its transition have been notified, and
    /// takes the waiters it releases: so a caller released at a version always reads values at least that new.
    /// </summary>
    public IReadOnlyList<TaskCompletionSource> Announce(long version)
    {
        lock (_gate)
        {
            _released = Math.Max(_released, version);
            var reached = new List<TaskCompletionSource>();
            _versionWaiters.RemoveAll(w =>
            {
                if (w.Version > _released)
                {
                    return false;
                }

                reached.Add(w.Reached);
                return true;
            });
            return reached;
        }
    }

    /// <summary>Completes once the store has announced <paramref name="version"/>.</summary>
    public Task WaitForVersionAsync(long version, CancellationToken ct)
    {
        lock (_gate)
        {
            if (_released >= version)
            {
                return Task.CompletedTask;
            }

            var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _versionWaiters.Add((version, reached));
            return reached.Task.WaitAsync(ct);
        }
    }

    /// <summary>The client was closed: everyone waiting for a version fails with <paramref name="error"/>.</summary>
    public void AbandonWaiters(Exception error)
    {
        lock (_gate)
        {
            foreach (var (_, reached) in _versionWaiters)
            {
                reached.TrySetException(error);
            }

            _versionWaiters.Clear();
        }
    }

    /// <summary>Recomputes what the given queries show; returns those whose shown value changed.</summary>
    private List<QueryState> Rebuild(IEnumerable<QueryState> queries)
    {
        var candidates = queries.ToList();
        var working = new Dictionary<string, byte[]?>(StringComparer.Ordinal);
        if (_layers.Count > 0)
        {
            foreach (var query in _byId.Values)
            {
                working[query.Token] = query.ServerValue;
            }

            var store = new OptimisticLocalStore(working);
            foreach (var layer in _layers)
            {
                layer.Update(store);
            }
        }

        var changed = new List<QueryState>();
        foreach (var query in candidates)
        {
            var optimistic = working.TryGetValue(query.Token, out var value) && !ReferenceEquals(value, query.ServerValue);
            var shown = optimistic ? query.Show(value, null) : query.Show(query.ServerValue, query.ServerError);
            if (shown && (query.HasServerResult || optimistic))
            {
                changed.Add(query);
            }
        }

        return changed;
    }
}
