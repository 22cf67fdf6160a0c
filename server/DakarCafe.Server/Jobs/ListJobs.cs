using DakarCafe.Engine.Functions;
using DakarCafe.Engine.Scheduling;
using DakarCafe.Schema.Jobs;

namespace DakarCafe.Server.Jobs;

/// <summary><c>jobs:listJobs</c> (staff): the scheduled jobs, latest due first, live like any query.</summary>
internal static class ListJobs
{
    public static async Task<IReadOnlyList<JobView>> HandleAsync(QueryContext ctx, ListJobsArgs args, CancellationToken ct)
    {
        var limit = Paging.Size(args.Limit, fallback: 50);
        var jobs = await ctx.ListAsync<ScheduledJob>(q => (args.Status is { } status ? q.Where(j => j.State == (JobState)(int)status) : q)
            .OrderByDescending(j => j.RunAt).ThenBy(j => j.Id).Take(limit), ct);
        return jobs.Select(j => new JobView(j.Id, j.Function, (JobStatus)(int)j.State, j.RunAt, j.Attempts, j.MaxAttempts, j.LastError, j.Cron, j.CreatedAt,
            j.FinishedAt)).ToList();
    }
}
