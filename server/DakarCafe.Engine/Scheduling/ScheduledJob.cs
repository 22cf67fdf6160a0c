namespace DakarCafe.Engine.Scheduling;

/// <summary>
/// A function to run later, kept in PostgreSQL with the rest of the data (an engine document, so queries over jobs
/// are live like any other). Jobs scheduled by a mutation are written in its transaction: a mutation that rolls back
/// schedules nothing.
/// </summary>
/// <param name="Id">The job id, returned when it is scheduled and used to cancel it.</param>
/// <param name="Function">The mutation or action to run (<c>module:function</c>).</param>
/// <param name="Args">Its arguments, as JSON.</param>
/// <param name="RunAt">When it is due (UTC); after a failure, when its next attempt is due.</param>
/// <param name="State">Where it is.</param>
/// <param name="Attempts">How many times it was started.</param>
/// <param name="MaxAttempts">How many attempts it gets before it is failed.</param>
/// <param name="LastError">The error of its last failed attempt.</param>
/// <param name="ClaimedBy">The node running it.</param>
/// <param name="ClaimedUntil">When the running node's claim lapses.</param>
/// <param name="Cron">The cron that made it, if one did.</param>
/// <param name="CreatedAt">When it was scheduled (UTC).</param>
/// <param name="FinishedAt">When it succeeded, failed for good or was cancelled (UTC).</param>
public sealed record ScheduledJob(
    Guid Id, string Function, string Args, DateTimeOffset RunAt, JobState State, int Attempts, int MaxAttempts, string? LastError, string? ClaimedBy,
    DateTimeOffset? ClaimedUntil, string? Cron, DateTimeOffset CreatedAt, DateTimeOffset? FinishedAt);
