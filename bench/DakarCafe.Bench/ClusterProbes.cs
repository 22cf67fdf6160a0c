using System.Diagnostics;
using System.Globalization;
using DakarCafe.Fixtures;

namespace DakarCafe.Bench;

/// <summary>
/// What the soak and the fault suite read of a cluster's processes from /proc: each node's resident memory, and the CPU used since the
/// last reading by the nodes, PostgreSQL (every backend), nginx and the load generator itself, as a percentage of one
/// core. A node restarted meanwhile is read as its new process.
/// </summary>
internal sealed class ClusterProbes(ClusterProcess cluster)
{
    private readonly double[] _peakMemory = new double[cluster.Nodes];
    private (double Nodes, double Postgres, double Nginx, double Generator) _last;
    private long _lastAt;

    /// <summary>The nodes' CPU seconds since <see cref="Reset"/>.</summary>
    public double TotalNodeCpuSeconds { get; private set; }

    public void Reset()
    {
        _last = Read();
        _lastAt = Stopwatch.GetTimestamp();
        TotalNodeCpuSeconds = 0;
    }

    /// <summary>CPU percentages (100 = one core) since the last call, and the seconds they cover.</summary>
    public (double Nodes, double Postgres, double Nginx, double Generator, double Seconds) TakeCpu()
    {
        var now = Read();
        var seconds = Stopwatch.GetElapsedTime(_lastAt).TotalSeconds;
        var nodes = now.Nodes - _last.Nodes;
        TotalNodeCpuSeconds += nodes;
        var result = (Percent(nodes), Percent(now.Postgres - _last.Postgres), Percent(now.Nginx - _last.Nginx), Percent(now.Generator - _last.Generator), seconds);
        (_last, _lastAt) = (now, Stopwatch.GetTimestamp());
        return result;

        double Percent(double cpu) => cpu * 100 / seconds;
    }

    /// <summary>Each node's resident memory now, in MB ("a / b / c"; "down" for a node not running).</summary>
    public string Memory() => string.Join(" / ", Enumerable.Range(1, cluster.Nodes).Select(n =>
    {
        if (cluster.NodeProcessId(n) is not { } pid)
        {
            return "down";
        }

        var mb = ProcessProbe.MemoryMb(pid);
        _peakMemory[n - 1] = Math.Max(_peakMemory[n - 1], mb);
        return mb.ToString("0", CultureInfo.InvariantCulture);
    }));

    /// <summary>Each node's highest resident memory seen by <see cref="Memory"/>, in MB.</summary>
    public string PeakMemory() => string.Join(" / ", _peakMemory.Select(mb => mb.ToString("0", CultureInfo.InvariantCulture))) + " MB";

    /// <summary>Each node's live sync connections, from its own <c>/metrics</c>.</summary>
    public async Task<string> ConnectionsAsync()
    {
        using var http = new HttpClient();
        var counts = new List<long>();
        for (var n = 1; n <= cluster.Nodes; n++)
        {
            counts.Add(SyncMetrics.Connections(await http.GetStringAsync(new Uri(cluster.NodeAddress(n), "/metrics"))));
        }

        return string.Join(" / ", counts);
    }

    private (double Nodes, double Postgres, double Nginx, double Generator) Read()
    {
        var nodes = Enumerable.Range(1, cluster.Nodes).Select(cluster.NodeProcessId).OfType<int>().Sum(ProcessProbe.CpuSeconds);
        var nginx = cluster.AliveProcesses().Where(pid => Processes.CommandLine(pid).StartsWith("nginx", StringComparison.Ordinal)).Sum(ProcessProbe.CpuSeconds);
        return (nodes, ProcessProbe.TreeCpuSeconds(cluster.PostgresProcessId), nginx, Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds);
    }
}
