namespace DakarCafe.Schema.Jobs;

/// <summary>The arguments of <c>jobs:listJobs</c> (staff).</summary>
/// <param name="Status">Only jobs in this status.</param>
/// <param name="Limit">How many, latest due first (1 to 100, 50 by default).</param>
public sealed record ListJobsArgs(JobStatus? Status = null, int? Limit = null);
