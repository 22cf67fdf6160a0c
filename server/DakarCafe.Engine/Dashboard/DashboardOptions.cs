namespace DakarCafe.Engine.Dashboard;

/// <summary>What the dashboard's functions keep (turned on with <see cref="EngineBuilder.UseDashboard"/>).</summary>
public sealed class DashboardOptions
{
    /// <summary>How long the live log keeps a call.</summary>
    public TimeSpan LogRetention { get; set; } = TimeSpan.FromHours(1);

    /// <summary>The most calls the live log keeps (checked at each prune); the oldest go first.</summary>
    public int MaxLogEntries { get; set; } = 5_000;

    /// <summary>How often a node drops the calls the log no longer keeps (and after every thousand calls it wrote).</summary>
    public TimeSpan LogPruneInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How often each node writes the calls it ran to the log.</summary>
    public TimeSpan LogFlushInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How often each node writes a <see cref="MetricsSample"/>.</summary>
    public TimeSpan MetricsInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long metrics samples are kept.</summary>
    public TimeSpan MetricsRetention { get; set; } = TimeSpan.FromHours(1);
}
