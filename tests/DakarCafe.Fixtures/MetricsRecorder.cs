using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using DakarCafe.Engine.Metrics;

namespace DakarCafe.Fixtures;

/// <summary>Sums the counters of one engine instance's meter (other hosts in the same process are not counted).</summary>
public sealed class MetricsRecorder : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentDictionary<string, long> _totals = new(StringComparer.Ordinal);

    public MetricsRecorder(EngineMetrics metrics)
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter == metrics.Meter)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, _, _) => _totals.AddOrUpdate(instrument.Name, value, (_, total) => total + value));
        _listener.Start();
    }

    public long QueryExecutions => this["dakarcafe.query.executions"];

    public long Pushes => this["dakarcafe.sync.pushes"];

    public long Transitions => this["dakarcafe.sync.transitions"];

    public long Conflicts => this["dakarcafe.mutation.conflicts"];

    public long this[string instrument] => _totals.GetValueOrDefault(instrument);

    public void Dispose() => _listener.Dispose();
}
