using DakarCafe.Engine.Dashboard;
using DakarCafe.Engine.Errors;
using DakarCafe.Engine.Functions;

namespace DakarCafe.Engine.Internal.Dashboard;

/// <summary>The metrics samples: the internal mutation the nodes write them with (dropping what is past the retention) and the query the charts read.</summary>
internal static class MetricsView
{
    public static void Register(FunctionRegistry functions, DashboardOptions options)
    {
        functions.System<MetricsSample, bool, MutationContext>(MetricsSampler.RecordFunction, FunctionKind.Mutation, AccessRule.Internal, async (ctx, sample, ct) =>
        {
            ctx.Store(sample);
            var cutoff = ctx.Time.GetUtcNow() - options.MetricsRetention;
            foreach (var expired in await ctx.ListAsync<MetricsSample>(q => q.Where(s => s.At < cutoff).OrderBy(s => s.At).Take(100), ct))
            {
                ctx.Delete<MetricsSample>(expired.Id);
            }

            return true;
        });
        // A query does not read the clock: the window ends at the newest sample, which moves every interval.
        functions.AdminQuery<MetricsArgs, IReadOnlyList<MetricsSample>>("metrics", async (ctx, args, ct) =>
        {
            var minutes = args.Minutes is null or (>= 1 and <= 60)
                ? args.Minutes ?? 60
                : throw AppError.Validation("minutes", "Between 1 and 60 minutes.");
            if (await ctx.FirstOrDefaultAsync<MetricsSample>(q => q.OrderByDescending(s => s.At), ct) is not { } newest)
            {
                return [];
            }

            var since = newest.At.AddMinutes(-minutes);
            return await ctx.ListAsync<MetricsSample>(q => q.Where(s => s.At > since).OrderBy(s => s.At).ThenBy(s => s.Node), ct);
        });
    }
}

/// <summary>How many of the last minutes to show (1..60).</summary>
internal sealed record MetricsArgs(int? Minutes = null);
