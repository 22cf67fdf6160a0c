using System.Collections.Concurrent;
using System.Data;
using System.Diagnostics;
using DakarCafe.Engine.Functions;
using DakarCafe.Engine.Internal.Execution;
using DakarCafe.Engine.Internal.Functions;
using DakarCafe.Engine.Internal.Storage;
using DakarCafe.Engine.Internal.Sync;
using DakarCafe.Engine.Metrics;
using Marten;
using Marten.Services;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace DakarCafe.Engine.Internal.Reactivity;

/// <summary>
/// The one loop per server that keeps every live query current. Each cycle opens a repeatable-read snapshot, reads
/// the highest version V it sees and the log entries up to V, invalidates exactly the nodes whose reads those writes
/// touch, re-runs them (once each, however many subscribers) inside that same snapshot, and queues for every affected
/// client one transition to V, once V is on disk. So every value a client holds after a transition is the query's
/// result at V, and survives a crash of the database.
/// It owns the nodes, the invalidation index and the clients' subscription sets; other threads talk to it only
/// through <see cref="Submit"/> and <see cref="Wake"/>; what a cycle has for its clients goes to the <see cref="TransitionDispatcher"/>.
/// Its connections come from a pool of its own, which no load of mutations or queries can drain.
/// </summary>
internal sealed partial class Reactor(
    IDocumentStore store,
    [FromKeyedServices(ReactorConnections.Key)] NpgsqlDataSource dataSource,
    DocumentTypes types,
    FunctionRegistry registry,
    QueryRunner runner,
    UnconfirmedMutations unconfirmed,
    DurabilityBarrier durability,
    EngineMetrics metrics,
    TransitionDispatcher dispatcher,
    ConnectionFailures connections,
    ILogger<Reactor> logger) : IDisposable
{
    /// <summary>Cycles with this many stale nodes or more run them in parallel on snapshot workers.</summary>
    private const int ParallelThreshold = 4;

    /// <summary>Snapshot workers one cycle runs at most.</summary>
    public const int MaxWorkers = 4;

    private readonly ConcurrentQueue<ReactorCommand> _inbox = new();
    private readonly SemaphoreSlim _signal = new(0, int.MaxValue);
    private readonly Dictionary<QueryNodeKey, QueryNode> _nodes = [];
    private readonly InvalidationIndex _index = new(types);
    private readonly HashSet<string> _identityReaders = new(StringComparer.Ordinal);
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _woken;
    private int _liveQueries;
    private Cycle? _unfinished;

    /// <summary>The version every live query on this server is current at.</summary>
    public long Version { get; private set; }

    /// <summary>Completes once the loop has read the starting version.</summary>
    public Task Ready => _ready.Task;

    public int LiveNodeCount => _nodes.Count;

    /// <summary>The live queries clients hold on this node (several may share one node).</summary>
    public int LiveQueryCount => Volatile.Read(ref _liveQueries);

    public void Dispose() => _signal.Dispose();

    public void Submit(ReactorCommand command)
    {
        _inbox.Enqueue(command);
        Wake();
    }

    /// <summary>Asks for a cycle soon: a commit was made or announced.</summary>
    public void Wake()
    {
        if (Interlocked.Exchange(ref _woken, 1) == 0)
        {
            _signal.Release();
        }
    }

    public async Task RunAsync(CancellationToken stopping)
    {
        await using (var connection = await dataSource.OpenConnectionAsync(stopping))
        {
            Version = await CommitLogReader.LatestVersionAsync(connection, null, stopping);
        }

        _ready.TrySetResult();
        while (!stopping.IsCancellationRequested)
        {
            await _signal.WaitAsync(stopping);
            Interlocked.Exchange(ref _woken, 0);
            try
            {
                await CycleAsync(stopping);
            }
            catch (Exception e) when (e is NpgsqlException or TimeoutException or InvalidOperationException && !stopping.IsCancellationRequested)
            {
                // The database went away mid-cycle: nothing was advanced, so the next cycle starts from the same version.
                Log.CycleFailed(logger, e);
                connections.Observe(e);
                await Task.Delay(TimeSpan.FromMilliseconds(200), stopping);
                Wake();
            }
        }
    }

    /// <summary>
    /// One cycle. The client commands are taken after the snapshot is (by its first read): a command sent before a
    /// commit the snapshot sees is applied in this cycle, so a transition that reaches a client's mutation already
    /// carries the query set the client had when it sent the mutation (I1 across a resubscription).
    /// </summary>
    private async Task CycleAsync(CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        // A cycle that did not finish (the database went away, or a query broke the snapshot) is resumed, not lost.
        var cycle = _unfinished ?? new Cycle();
        _unfinished = cycle;
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, ct);
        var writes = new List<WriteRecord>();
        var receipts = new List<CommitLogReader.Receipt>();
        var (version, prunedThrough) = await CommitLogReader.ReadAsync(connection, transaction, Version, types, _index, store.Options.Serializer(), writes, receipts, ct);
        // Nothing is published before it is on disk; the flush runs while the stale queries re-run.
        var durable = version > Version ? durability.WaitAsync(ct) : Task.CompletedTask;
        foreach (var command in DrainInbox())
        {
            if (command is ReactorCommand.EnsureVersion ensure && ensure.Version > version)
            {
                // Its commit came after this snapshot: the next cycle reads it.
                cycle.Later.Add(command);
                continue;
            }

            Apply(command, cycle);
        }

        foreach (var write in writes)
        {
            _index.Match(write, cycle.Stale);
        }

        if (prunedThrough > Version)
        {
            // Commits this node had not read were pruned: it cannot know what they touched, so everything re-runs.
            cycle.Stale.UnionWith(_nodes.Values);
        }

        metrics.Invalidated(cycle.Stale.Count);
        foreach (var receipt in receipts)
        {
            Confirm(new ReceiptKey(receipt.SessionId, receipt.RequestId), cycle);
        }

        var ran = await RunStaleNodesAsync(cycle, connection, transaction, ct);
        await durable;
        if (!ran)
        {
            Wake();
            return;
        }

        await transaction.CommitAsync(ct);
        Version = version;
        _unfinished = null;
        QueueTransitions(cycle, version);
        foreach (var later in cycle.Later)
        {
            Submit(later);
        }

        metrics.CycleCompleted(Stopwatch.GetElapsedTime(started));
    }

    /// <summary>Lists a mutation as confirmed in its client's transition of this cycle, unless it was already.</summary>
    private void Confirm(ReceiptKey receipt, Cycle cycle)
    {
        if (unconfirmed.Confirm(receipt) is { } client)
        {
            cycle.Touched.Add(client);
            cycle.Confirm(client, receipt.RequestId);
        }
    }

    private List<ReactorCommand> DrainInbox()
    {
        var commands = new List<ReactorCommand>();
        while (_inbox.TryDequeue(out var command))
        {
            commands.Add(command);
        }

        return commands;
    }

    /// <summary>
    /// Runs every stale node once in the cycle's snapshot: on the cycle's own transaction when there are few, else in
    /// parallel on workers that import the snapshot. False when a query failed in the database on the cycle's own
    /// transaction (an error or a timeout aborts it): that node keeps its failure for this cycle and the cycle starts
    /// again on a new snapshot. Results are applied on the reactor's loop, one node at a time.
    /// </summary>
    private async Task<bool> RunStaleNodesAsync(Cycle cycle, NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken ct)
    {
        var pending = cycle.Stale.Where(n => !cycle.Quarantined.Contains(n) && _nodes.TryGetValue(n.Key, out var live) && live == n).ToList();
        while (pending.Count > 0)
        {
            var parallel = pending.Count >= ParallelThreshold;
            var runs = parallel
                ? await RunInParallelAsync(pending, await ExportSnapshotAsync(connection, transaction, ct), ct)
                : await RunOnCycleTransactionAsync(pending, transaction, ct);
            pending = [];
            foreach (var (node, run) in runs)
            {
                if (run is null)
                {
                    // The query reads who asks: from now on it runs once per identity instead of once for all.
                    _identityReaders.Add(node.Function.Name);
                    var splits = SplitByIdentity(node);
                    cycle.Stale.UnionWith(splits);
                    pending.AddRange(splits);
                    continue;
                }

                Apply(node, run, cycle);
                if (run.BrokeTransaction)
                {
                    cycle.Quarantined.Add(node);
                    if (!parallel)
                    {
                        return false;
                    }
                }
            }
        }

        return true;
    }

    private async Task<List<(QueryNode Node, QueryRun? Run)>> RunOnCycleTransactionAsync(List<QueryNode> nodes, NpgsqlTransaction transaction, CancellationToken ct)
    {
        var runs = new List<(QueryNode, QueryRun?)>();
        await using var session = store.QuerySession(SessionOptions.ForTransaction(transaction));
        foreach (var node in nodes)
        {
            var run = await RunOneAsync(node, session, ct);
            runs.Add((node, run));
            if (run?.BrokeTransaction == true)
            {
                break;
            }
        }

        return runs;
    }

    private async Task<List<(QueryNode Node, QueryRun? Run)>> RunInParallelAsync(List<QueryNode> nodes, string snapshotId, CancellationToken ct)
    {
        var workers = Math.Min(MaxWorkers, (nodes.Count + 1) / 2);
        var groups = await Task.WhenAll(Enumerable.Range(0, workers).Select(async w =>
        {
            var runs = new List<(QueryNode, QueryRun?)>();
            await using var worker = await SnapshotWorker.OpenAsync(dataSource, store, snapshotId, ct);
            for (var i = w; i < nodes.Count; i += workers)
            {
                var run = await RunOneAsync(nodes[i], worker.Session, ct);
                runs.Add((nodes[i], run));
                if (run?.BrokeTransaction == true)
                {
                    await worker.ResetAsync(ct);
                }
            }

            return runs;
        }));
        return [.. groups.SelectMany(g => g)];
    }

    /// <summary>One run; null when the query read the identity while running for every identity.</summary>
    private async Task<QueryRun?> RunOneAsync(QueryNode node, IQuerySession session, CancellationToken ct)
    {
        try
        {
            return await runner.RunAsync(node.Function, node.Args, node.RunAs, session, ct);
        }
        catch (IdentityObservedException)
        {
            return null;
        }
    }

    private void Apply(QueryNode node, QueryRun run, Cycle cycle)
    {
        if (node.Reads is { } previous)
        {
            _index.Remove(node, previous);
        }

        node.Record(run.Outcome, run.Reads);
        _index.Add(node, run.Reads);
        if (node.ChangedInCycle)
        {
            cycle.Changed.Add(node);
        }
    }

    private static async Task<string> ExportSnapshotAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken ct)
    {
        await using var export = new NpgsqlCommand("select pg_export_snapshot()", connection, transaction);
        return (string)(await export.ExecuteScalarAsync(ct))!;
    }

    private List<QueryNode> SplitByIdentity(QueryNode shared)
    {
        Drop(shared);
        var created = new List<QueryNode>();
        foreach (var subscription in shared.Subscribers.ToList())
        {
            var (node, isNew) = NodeFor(shared.Function, shared.Args, shared.Key.Args, subscription.Client.Identity);
            subscription.Node = node;
            node.Subscribers.Add(subscription);
            if (isNew)
            {
                created.Add(node);
            }
        }

        return created;
    }

    private (QueryNode Node, bool IsNew) NodeFor(FunctionDefinition function, object args, string canonicalArgs, CallerIdentity caller)
    {
        var readsIdentity = _identityReaders.Contains(function.Name);
        var key = new QueryNodeKey(function.Name, canonicalArgs, readsIdentity ? caller.Key : null);
        if (_nodes.TryGetValue(key, out var node))
        {
            return (node, false);
        }

        node = new QueryNode(key, function, args, readsIdentity ? caller : null);
        _nodes[key] = node;
        return (node, true);
    }

    private void Unsubscribe(Subscription subscription)
    {
        var node = subscription.Node;
        if (node.Subscribers.Remove(subscription))
        {
            Interlocked.Decrement(ref _liveQueries);
        }

        if (node.Subscribers.Count == 0)
        {
            Drop(node);
        }
    }

    private void Drop(QueryNode node)
    {
        _nodes.Remove(node.Key);
        if (node.Reads is { } reads)
        {
            _index.Remove(node, reads);
        }
    }

    /// <summary>What one cycle found and did, for building its transitions.</summary>
    private sealed class Cycle
    {
        public HashSet<QueryNode> Stale { get; } = [];

        public HashSet<QueryNode> Changed { get; } = [];

        /// <summary>Nodes whose run failed in the database this cycle: they keep that failure until their reads change again.</summary>
        public HashSet<QueryNode> Quarantined { get; } = [];

        public HashSet<ClientSession> Touched { get; } = [];

        /// <summary>Modifications decided while applying commands (errors, removals), sent with the cycle's transitions.</summary>
        public Dictionary<ClientSession, List<PendingModification>> Extra { get; } = [];

        /// <summary>Commands for a version past this cycle's snapshot, submitted again for the next cycle.</summary>
        public List<ReactorCommand> Later { get; } = [];

        /// <summary>The request ids of each client's mutations whose commits the cycle read, confirmed by its next transition.</summary>
        private Dictionary<ClientSession, HashSet<long>> Confirmed { get; } = [];

        public void AddExtra(ClientSession client, PendingModification modification)
        {
            (Extra.TryGetValue(client, out var list) ? list : Extra[client] = []).Add(modification);
            Touched.Add(client);
        }

        public void Confirm(ClientSession client, long requestId) => (Confirmed.TryGetValue(client, out var ids) ? ids : Confirmed[client] = []).Add(requestId);

        public HashSet<long> ConfirmedFor(ClientSession client) => Confirmed.TryGetValue(client, out var ids) ? ids : [];
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Warning, "A reactor cycle failed; it will be retried from the same version")]
        public static partial void CycleFailed(ILogger logger, Exception exception);
    }
}
