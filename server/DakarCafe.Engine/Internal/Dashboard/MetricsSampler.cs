using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using DakarCafe.Engine.Dashboard;
using DakarCafe.Engine.Functions;
using DakarCafe.Engine.Internal.Reactivity;
using DakarCafe.Engine.Internal.Sync;
using DakarCafe.Engine.Metrics;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DakarCafe.Engine.Internal.Dashboard;

/// <summary>
/// Listens to this node's <see cref="EngineMetrics"/> and, every <see cref="DashboardOptions.MetricsInterval"/>, writes
/// what the interval saw as a <see cref="MetricsSample"/> (through an internal mutation, so the charts are live).
/// Latencies are kept per function for one interval only, at most <see cref="MaxDurationsPerFunction"/> of them.
/// </summary>
internal sealed partial class MetricsSampler : BackgroundService
{
    public const string RecordFunction = DashboardFunctions.Module + "recordMetrics";
    private const int MaxDurationsPerFunction = 10_000;
    private const int MaxFunctions = 10;

    private readonly MeterListener _listener = new();
    private readonly EngineMetrics _metrics;
    private readonly Reactor _reactor;
    private readonly SyncConnections _connections;
    private readonly IFunctionCaller _caller;
    private readonly DashboardOptions _options;
    private readonly EngineNode _node;
    private readonly TimeProvider _time;
    private readonly ILogger<MetricsSampler> _logger;
    private long _executions, _pushes, _mutations, _conflicts, _retries;
    private ConcurrentDictionary<string, ConcurrentQueue<double>> _durations = new(StringComparer.Ordinal);

    public MetricsSampler(EngineMetrics metrics, Reactor reactor, SyncConnections connections, IFunctionCaller caller, DashboardOptions options,
        EngineNode node, TimeProvider time, ILogger<MetricsSampler> logger)
    {
        (_metrics, _reactor, _connections, _caller, _options, _node, _time, _logger) = (metrics, reactor, connections, caller, options, node, time, logger);
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter == _metrics.Meter)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>(OnCount);
        _listener.SetMeasurementEventCallback<double>(OnDuration);
        _listener.Start();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(_options.MetricsInterval);
        var last = Stopwatch.GetTimestamp();
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            var seconds = Stopwatch.GetElapsedTime(last).TotalSeconds;
            last = Stopwatch.GetTimestamp();
            var sample = Take(seconds);
            try
            {
                await _caller.MutateAsync<bool>(RecordFunction, sample, CallerIdentity.Anonymous, stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                LogLost(_logger, e.Message);
            }
        }
    }

    public override void Dispose()
    {
        _listener.Dispose();
        base.Dispose();
    }

    /// <summary>The interval's sample, with the counters and latencies started again from zero.</summary>
    private MetricsSample Take(double seconds)
    {
        var durations = Interlocked.Exchange(ref _durations, new ConcurrentDictionary<string, ConcurrentQueue<double>>(StringComparer.Ordinal));
        var functions = durations.Select(pair => Latency(pair.Key, [.. pair.Value])).OrderByDescending(f => f.Calls).ThenBy(f => f.Function, StringComparer.Ordinal)
            .Take(MaxFunctions).ToList();
        var now = _time.GetUtcNow();
        return new MetricsSample(Guid.CreateVersion7(now), now, _node.Name, _connections.Count, _reactor.LiveQueryCount, _reactor.LiveNodeCount,
            Rate(ref _executions, seconds), Rate(ref _pushes, seconds), Rate(ref _mutations, seconds), Interlocked.Exchange(ref _conflicts, 0),
            Interlocked.Exchange(ref _retries, 0), functions);
    }

    private static double Rate(ref long counter, double seconds) => Math.Round(Interlocked.Exchange(ref counter, 0) / Math.Max(seconds, 0.001), 2);

    private static FunctionLatency Latency(string function, double[] durations)
    {
        Array.Sort(durations);
        return new FunctionLatency(function, durations.Length, Percentile(durations, 0.50), Percentile(durations, 0.99));
    }

    private static double Percentile(double[] sorted, double rank) =>
        sorted.Length == 0 ? 0 : Math.Round(sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(rank * sorted.Length) - 1)], 2);

    private void OnCount(Instrument instrument, long value, ReadOnlySpan<KeyValuePair<string, object?>> tags, object? state)
    {
        switch (instrument.Name)
        {
            case "dakarcafe.query.executions":
                Interlocked.Add(ref _executions, value);
                break;
            case "dakarcafe.sync.pushes":
                Interlocked.Add(ref _pushes, value);
                break;
            case "dakarcafe.mutation.commits" when !IsSystem(tags):
                Interlocked.Add(ref _mutations, value);
                break;
            case "dakarcafe.mutation.conflicts":
                Interlocked.Add(ref _conflicts, value);
                break;
            case "dakarcafe.mutation.retries":
                Interlocked.Add(ref _retries, value);
                break;
        }
    }

    private void OnDuration(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags, object? state)
    {
        if (instrument.Name != "dakarcafe.function.duration" || Function(tags) is not { } function || FunctionRegistry.IsSystem(function))
        {
            return;
        }

        var durations = _durations.GetOrAdd(function, _ => new ConcurrentQueue<double>());
        if (durations.Count < MaxDurationsPerFunction)
        {
            durations.Enqueue(value);
        }
    }

    private static bool IsSystem(ReadOnlySpan<KeyValuePair<string, object?>> tags) => Function(tags) is { } function && FunctionRegistry.IsSystem(function);

    private static string? Function(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        foreach (var tag in tags)
        {
            if (tag.Key == "function")
            {
                return tag.Value as string;
            }
        }

        return null;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The dashboard lost a metrics sample it could not write: {Reason}")]
    private static partial void LogLost(ILogger logger, string reason);
}
