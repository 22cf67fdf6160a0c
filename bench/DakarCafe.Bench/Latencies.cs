using System.Globalization;

namespace DakarCafe.Bench;

/// <summary>A set of latency samples in milliseconds and their percentiles.</summary>
internal sealed class Latencies
{
    private readonly List<double> _samples = [];

    public int Count => _samples.Count;

    public void Add(double milliseconds)
    {
        lock (_samples)
        {
            _samples.Add(milliseconds);
        }
    }

    /// <summary>Adds every sample of <paramref name="other"/>.</summary>
    public void AddAll(Latencies other)
    {
        lock (other._samples)
        {
            lock (_samples)
            {
                _samples.AddRange(other._samples);
            }
        }
    }

    public double Percentile(double p)
    {
        lock (_samples)
        {
            if (_samples.Count == 0)
            {
                return double.NaN;
            }

            var sorted = _samples.Order().ToArray();
            return sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];
        }
    }

    public double Max => Percentile(100);

    /// <summary>How many samples took at most <paramref name="milliseconds"/>.</summary>
    public int CountAtMost(double milliseconds)
    {
        lock (_samples)
        {
            return _samples.Count(s => s <= milliseconds);
        }
    }

    public string Summary => string.Create(CultureInfo.InvariantCulture,
        $"p50 {Percentile(50):0.00} ms, p95 {Percentile(95):0.00} ms, p99 {Percentile(99):0.00} ms, max {Max:0.00} ms");
}
