namespace DakarCafe.Schema.Jobs;

/// <summary>A scheduled job as staff see it: what runs, when, and how its attempts went.</summary>
/// <param name="Id">The job id.</param>
/// <param name="Function">The function it runs.</param>
/// <param name="Status">Where it is.</param>
/// <param name="RunAt">When it is (or was) due (UTC).</param>
/// <param name="Attempts">How many times it started.</param>
/// <param name="MaxAttempts">How many attempts it gets.</param>
/// <param name="LastError">The error of its last failed attempt.</param>
/// <param name="Cron">The cron that made it, if one did.</param>
/// <param name="CreatedAt">When it was scheduled (UTC).</param>
/// <param name="FinishedAt">When it finished (UTC).</param>
public sealed record JobView(
    Guid Id, string Function, JobStatus Status, DateTimeOffset RunAt, int Attempts, int MaxAttempts, string? LastError, string? Cron, DateTimeOffset CreatedAt,
    DateTimeOffset? FinishedAt);
