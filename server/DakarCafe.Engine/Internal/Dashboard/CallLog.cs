using DakarCafe.Engine.Dashboard;
using DakarCafe.Engine.Functions;

namespace DakarCafe.Engine.Internal.Dashboard;

/// <summary>The live function log: the internal mutation the nodes write their calls with, and the query that reads them newest first.</summary>
internal static class CallLog
{
    /// <summary>The most calls one prune drops, so a mutation stays small; a busier log is caught up over the next prunes.</summary>
    private const int MaxPruned = 2_000;

    public static void Register(FunctionRegistry functions, DashboardOptions options)
    {
        functions.System<RecordCallsArgs, int, MutationContext>(CallLogWriter.RecordFunction, FunctionKind.Mutation, AccessRule.Internal,
            (ctx, args, ct) => RecordAsync(ctx, args, options, ct));
        functions.AdminQuery<LogArgs, IReadOnlyList<FunctionCallRecord>>("log", (ctx, args, ct) =>
        {
            var limit = DashboardFunctions.Limit(args.Limit, 100, 500);
            return ctx.ListAsync<FunctionCallRecord>(q => Filtered(q, args).OrderByDescending(c => c.At).ThenByDescending(c => c.Sequence).Take(limit), ct);
        });
    }

    private static IQueryable<FunctionCallRecord> Filtered(IQueryable<FunctionCallRecord> calls, LogArgs args)
    {
        if (!string.IsNullOrEmpty(args.Function))
        {
            calls = calls.Where(c => c.Function == args.Function);
        }

        if (!string.IsNullOrEmpty(args.CallerId))
        {
            calls = calls.Where(c => c.CallerId == args.CallerId);
        }

        return args.Outcome switch
        {
            null or "" => calls,
            "error" => calls.Where(c => c.Outcome != "ok"),
            var outcome => calls.Where(c => c.Outcome == outcome),
        };
    }

    private static async Task<int> RecordAsync(MutationContext ctx, RecordCallsArgs args, DashboardOptions options, CancellationToken ct)
    {
        foreach (var call in args.Calls)
        {
            ctx.Store(call);
        }

        if (!args.Prune)
        {
            return args.Calls.Count;
        }

        var cutoff = ctx.Time.GetUtcNow() - options.LogRetention;
        var kept = await ctx.CountAsync<FunctionCallRecord>(q => q, ct);
        var excess = Math.Max(0, kept + args.Calls.Count - options.MaxLogEntries);
        var expired = await ctx.ListAsync<FunctionCallRecord>(q => q.Where(c => c.At < cutoff).OrderBy(c => c.At).Take(MaxPruned), ct);
        var oldest = excess > expired.Count
            ? await ctx.ListAsync<FunctionCallRecord>(q => q.OrderBy(c => c.At).Take(Math.Min(excess, MaxPruned)), ct)
            : [];
        foreach (var id in expired.Concat(oldest).Select(c => c.Id).Distinct())
        {
            ctx.Delete<FunctionCallRecord>(id);
        }

        return args.Calls.Count;
    }
}

/// <summary>Which calls to show: by function, by outcome (<c>ok</c>, <c>error</c> or one error code), by caller.</summary>
internal sealed record LogArgs(string? Function = null, string? Outcome = null, string? CallerId = null, int? Limit = null);
