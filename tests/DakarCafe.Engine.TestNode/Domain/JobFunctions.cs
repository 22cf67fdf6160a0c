using DakarCafe.Engine.Errors;
using DakarCafe.Engine.Functions;
using DakarCafe.Engine.Scheduling;

namespace DakarCafe.Engine.TestNode.Domain;

/// <summary>The scheduler tests' functions: scheduling, cancelling and listing jobs, and a job that fails before it succeeds.</summary>
public static class JobFunctions
{
    public static void Register(EngineBuilder engine)
    {
        var f = engine.Functions;
        f.Mutation<ScheduleIncrement, IReadOnlyList<Guid>>("jobs:scheduleIncrement", AccessRule.Public, (ctx, args, _) =>
            Task.FromResult<IReadOnlyList<Guid>>(Enumerable.Range(0, args.Times)
                .Select(_ => ctx.Scheduler.RunAfter(TimeSpan.FromSeconds(args.DelaySeconds), "counters:increment", new CounterId(args.Id)))
                .ToList()));
        f.Mutation<ScheduleIncrement, Guid>("jobs:scheduleThenFail", AccessRule.Public, (ctx, args, _) =>
        {
            ctx.Scheduler.RunAfter(TimeSpan.FromSeconds(args.DelaySeconds), "counters:increment", new CounterId(args.Id));
            throw new AppError("NOPE", "refused after scheduling");
        });
        f.Mutation<ScheduleIncrement, Guid>("jobs:scheduleFlaky", AccessRule.Public, (ctx, args, _) =>
            Task.FromResult(ctx.Scheduler.RunAfter(TimeSpan.FromSeconds(args.DelaySeconds), "jobs:failUntilThird", new CounterId(args.Id))));
        f.Mutation<JobId, bool>("jobs:cancel", AccessRule.Public, (ctx, args, ct) => ctx.Scheduler.CancelAsync(args.Id, ct));
        f.Query<NoArgs, IReadOnlyList<ScheduledJob>>("jobs:list", AccessRule.Public,
            (ctx, _, ct) => ctx.ListAsync<ScheduledJob>(q => q.OrderBy(j => j.CreatedAt).ThenBy(j => j.Id), ct));

        // Counts its attempts outside its own transaction (through a mutation), and fails the first two.
        f.Action<CounterId, long>("jobs:failUntilThird", AccessRule.Internal, async (ctx, args, ct) =>
        {
            var attempt = await ctx.RunMutationAsync<long>("counters:increment", args, ct);
            return attempt >= 3 ? attempt : throw new AppError("NOT_YET", $"attempt {attempt} fails on purpose");
        });
    }
}
