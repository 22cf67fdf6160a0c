using System.Text.Json;
using DakarCafe.Engine.Dashboard;
using DakarCafe.Engine.Errors;
using DakarCafe.Engine.Functions;
using DakarCafe.Engine.Scheduling;
using DakarCafe.Protocol;

namespace DakarCafe.Engine.Internal.Dashboard;

/// <summary>Scheduled jobs and cron runs as the dashboard shows them: counts by state, a page per state, retry a failed job, cancel a pending one.</summary>
internal static class JobsView
{
    public static void Register(FunctionRegistry functions)
    {
        functions.AdminQuery<JobsArgs, JobsPage>("jobs", async (ctx, args, ct) =>
        {
            var limit = DashboardFunctions.Limit(args.Limit, 50, 200);
            var offset = DashboardFunctions.Offset(args.Offset);
            var jobs = await ctx.ListAsync<ScheduledJob>(
                q => (args.State is { } state ? q.Where(j => j.State == state) : q).OrderByDescending(j => j.RunAt).ThenByDescending(j => j.Id).Skip(offset).Take(limit),
                ct);
            var counts = new Dictionary<JobState, int>();
            foreach (var state in Enum.GetValues<JobState>())
            {
                counts[state] = await ctx.CountAsync<ScheduledJob>(q => q.Where(j => j.State == state), ct);
            }

            return new JobsPage(jobs, args.State is { } only ? counts[only] : counts.Values.Sum(), counts);
        });
        functions.AdminMutation<JobIdArgs, ScheduledJob>("retryJob", async (ctx, args, ct) =>
        {
            var job = await ctx.LoadAsync<ScheduledJob>(args.Id, ct) ?? throw NotFound();
            if (job.State != JobState.Failed)
            {
                throw new AppError(ErrorCodes.Conflict, $"Only a failed job can be retried; this one is {job.State.ToString().ToLowerInvariant()}.");
            }

            var retried = job with { State = JobState.Pending, RunAt = ctx.Time.GetUtcNow(), Attempts = 0, FinishedAt = null, ClaimedBy = null, ClaimedUntil = null };
            ctx.Store(retried);
            await AuditTrail.RecordAsync(ctx, AuditActions.RetryJob, job.Id.ToString(), Json(job), Json(retried), ct);
            return retried;
        });
        functions.AdminMutation<JobIdArgs, ScheduledJob>("cancelJob", async (ctx, args, ct) =>
        {
            var job = await ctx.LoadAsync<ScheduledJob>(args.Id, ct) ?? throw NotFound();
            var cancelled = await ctx.Scheduler.TryCancelAsync(job.Id, ct)
                ?? throw new AppError(ErrorCodes.Conflict, $"Only a pending job can be cancelled; this one is {job.State.ToString().ToLowerInvariant()}.");
            await AuditTrail.RecordAsync(ctx, AuditActions.CancelJob, job.Id.ToString(), Json(job), Json(cancelled), ct);
            return cancelled;
        });
    }

    private static AppError NotFound() => new(ErrorCodes.NotFound, "No job has this id.", new { field = "id" });

    private static string Json(ScheduledJob job) => JsonSerializer.Serialize(job, WireJson.Options);
}

/// <summary>A page of jobs, optionally of one state.</summary>
internal sealed record JobsArgs(JobState? State = null, int? Offset = null, int? Limit = null);

/// <summary>A job by id.</summary>
internal sealed record JobIdArgs(Guid Id);

/// <summary>A page of jobs (latest due first), how many the filter selects, and the count of each state.</summary>
internal sealed record JobsPage(IReadOnlyList<ScheduledJob> Jobs, int Total, IReadOnlyDictionary<JobState, int> Counts);
