namespace DakarCafe.Engine.Dashboard;

/// <summary>
/// One change an admin made through the dashboard (a document edited or deleted, a job retried, a role given, a
/// function run as another user): an engine document, so the audit log is live like any other query.
/// </summary>
/// <param name="Id">Its id.</param>
/// <param name="Number">Its place in the log: entries are numbered in the order they commit.</param>
/// <param name="At">When (UTC).</param>
/// <param name="ActorId">The admin's user id.</param>
/// <param name="ActorEmail">The admin's email, when the token carried one.</param>
/// <param name="Action">What was done (<see cref="AuditActions"/>).</param>
/// <param name="Target">What it was done to: <c>Table/id</c>, a function name, a job, file or user id.</param>
/// <param name="Before">The JSON before the change, if any.</param>
/// <param name="After">The JSON after the change, if any.</param>
public sealed record AuditEntry(Guid Id, long Number, DateTimeOffset At, string ActorId, string? ActorEmail, string Action, string Target, string? Before, string? After);
