using System.Diagnostics.Metrics;

namespace DakarCafe.Engine.Metrics;

/// <summary>
/// The engine's counters on a <see cref="System.Diagnostics.Metrics.Meter"/> named <c>DakarCafe.Engine</c>, made by the
/// host's meter factory so OpenTelemetry (and the tests, through a MeterListener on this instance) can read them.
/// </summary>
public sealed class EngineMetrics
{
    /// <summary>The meter's name.</summary>
    public const string MeterName = "DakarCafe.Engine";

    private readonly Counter<long> _queryExecutions;
    private readonly Counter<long> _invalidations;
    private readonly Counter<long> _transitions;
    private readonly Counter<long> _queryUpdates;
    private readonly Counter<long> _bytesPushed;
    private readonly Counter<long> _mutations;
    private readonly Counter<long> _conflicts;
    private readonly Counter<long> _retries;
    private readonly Histogram<double> _cycleDuration;
    private readonly Histogram<double> _functionDuration;
    private readonly UpDownCounter<long> _connections;

    /// <summary>Creates the instruments on a meter from <paramref name="meters"/>.</summary>
    public EngineMetrics(IMeterFactory meters)
    {
        Meter = meters.Create(MeterName);
        _queryExecutions = Meter.CreateCounter<long>("dakarcafe.query.executions", description: "Query function runs (subscriptions and one-shot calls)");
        _invalidations = Meter.CreateCounter<long>("dakarcafe.query.invalidations", description: "Live query nodes invalidated by commits");
        _transitions = Meter.CreateCounter<long>("dakarcafe.sync.transitions", description: "Transitions written to clients");
        _queryUpdates = Meter.CreateCounter<long>("dakarcafe.sync.pushes", description: "Query values, patches and errors pushed to clients");
        _bytesPushed = Meter.CreateCounter<long>("dakarcafe.sync.bytes_pushed", unit: "By", description: "Bytes of transitions written to clients");
        _mutations = Meter.CreateCounter<long>("dakarcafe.mutation.commits", description: "Mutations committed");
        _conflicts = Meter.CreateCounter<long>("dakarcafe.mutation.conflicts", description: "Mutation attempts that conflicted with concurrent ones");
        _retries = Meter.CreateCounter<long>("dakarcafe.mutation.retries", description: "Mutation attempts retried after a conflict");
        _cycleDuration = Meter.CreateHistogram<double>("dakarcafe.reactor.cycle_duration", unit: "ms", description: "Time of one reactor cycle");
        _functionDuration = Meter.CreateHistogram<double>("dakarcafe.function.duration", unit: "ms",
            description: "Time of one function call (a mutation with its conflict retries), by function, kind and outcome");
        _connections = Meter.CreateUpDownCounter<long>("dakarcafe.sync.connections", description: "Clients connected to the sync hub");
    }

    /// <summary>The meter all of the engine's instruments are on.</summary>
    public Meter Meter { get; }

    internal void QueryExecuted(string function) => _queryExecutions.Add(1, new KeyValuePair<string, object?>("function", function));

    internal void Invalidated(int nodes) => _invalidations.Add(nodes);

    internal void TransitionWritten(int queryUpdates, int bytes)
    {
        _transitions.Add(1);
        _queryUpdates.Add(queryUpdates);
        _bytesPushed.Add(bytes);
    }

    internal void MutationCommitted(string function) => _mutations.Add(1, new KeyValuePair<string, object?>("function", function));

    internal void MutationConflicted(bool willRetry)
    {
        _conflicts.Add(1);
        if (willRetry)
        {
            _retries.Add(1);
        }
    }

    internal void CycleCompleted(TimeSpan duration) => _cycleDuration.Record(duration.TotalMilliseconds);

    /// <summary>Records a function call that started at <paramref name="startedAt"/> (a <see cref="System.Diagnostics.Stopwatch"/> timestamp).</summary>
    internal void FunctionRan(string function, string kind, long startedAt, bool failed) =>
        _functionDuration.Record(System.Diagnostics.Stopwatch.GetElapsedTime(startedAt).TotalMilliseconds,
            new KeyValuePair<string, object?>("function", function), new KeyValuePair<string, object?>("kind", kind),
            new KeyValuePair<string, object?>("outcome", failed ? "error" : "ok"));

    internal void Connected() => _connections.Add(1);

    internal void Disconnected() => _connections.Add(-1);
}
