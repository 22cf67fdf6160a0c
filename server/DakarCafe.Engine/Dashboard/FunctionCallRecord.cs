namespace DakarCafe.Engine.Dashboard;

/// <summary>
/// One function call in the dashboard's live log: written by each node in batches about once a second and kept for
/// <see cref="DashboardOptions.LogRetention"/> (at most <see cref="DashboardOptions.MaxLogEntries"/> calls), so the log is
/// bounded, shared by every node and live like any other query. The engine's own functions are not logged.
/// </summary>
/// <param name="Id">Time-ordered id.</param>
/// <param name="At">When the call ended (UTC).</param>
/// <param name="Function">Its name.</param>
/// <param name="Kind"><c>query</c>, <c>mutation</c> or <c>action</c>.</param>
/// <param name="CallerId">The caller's user id; null for an anonymous caller.</param>
/// <param name="DurationMs">How long it took, in milliseconds.</param>
/// <param name="Outcome"><c>ok</c>, or its error code.</param>
/// <param name="CorrelationId">The id that ties it to the client's request or error and to the server's log.</param>
/// <param name="Node">The node that ran it.</param>
/// <param name="Sequence">Its place among the node's calls, which orders calls that ended in the same instant.</param>
public sealed record FunctionCallRecord(Guid Id, DateTimeOffset At, string Function, string Kind, string? CallerId, double DurationMs, string Outcome,
    string? CorrelationId, string Node, long Sequence);
