namespace DakarCafe.Engine.Dashboard;

/// <summary>
/// One node's metrics over one sampling interval (<see cref="DashboardOptions.MetricsInterval"/>), kept for
/// <see cref="DashboardOptions.MetricsRetention"/>: the dashboard's charts read them live.
/// </summary>
/// <param name="Id">Time-ordered id.</param>
/// <param name="At">When the interval ended (UTC).</param>
/// <param name="Node">The node measured.</param>
/// <param name="Connections">Clients connected to its sync hub.</param>
/// <param name="LiveQueries">Live queries its clients hold.</param>
/// <param name="SharedNodes">Query nodes serving them (clients asking the same thing share one).</param>
/// <param name="ExecutionsPerSecond">Query runs per second (calls, subscriptions and re-runs).</param>
/// <param name="PushesPerSecond">Query results pushed to clients per second.</param>
/// <param name="MutationsPerSecond">Mutations committed per second.</param>
/// <param name="Conflicts">Mutation attempts that met a concurrent change in the interval.</param>
/// <param name="Retries">Mutation attempts retried after a conflict in the interval.</param>
/// <param name="Functions">Calls and latency by function in the interval, the busiest first.</param>
public sealed record MetricsSample(
    Guid Id, DateTimeOffset At, string Node, int Connections, int LiveQueries, int SharedNodes, double ExecutionsPerSecond, double PushesPerSecond,
    double MutationsPerSecond, long Conflicts, long Retries, IReadOnlyList<FunctionLatency> Functions);

/// <summary>One function's calls and latency in a sampling interval.</summary>
/// <param name="Function">Its name.</param>
/// <param name="Calls">Calls that ended in the interval.</param>
/// <param name="P50Ms">Median latency, in milliseconds.</param>
/// <param name="P99Ms">99th percentile latency, in milliseconds.</param>
public sealed record FunctionLatency(string Function, long Calls, double P50Ms, double P99Ms);
