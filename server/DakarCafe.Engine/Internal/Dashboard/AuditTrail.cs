using System.Text.Json;
using DakarCafe.Engine.Dashboard;
using DakarCafe.Engine.Functions;

namespace DakarCafe.Engine.Internal.Dashboard;

/// <summary>The audit log: each change made through the dashboard, written in the change's own transaction, and the query that pages through it.</summary>
internal static class AuditTrail
{
    public const string Sequence = "dashboard_audit";
    private const string RecordFunction = DashboardFunctions.Module + "recordAudit";

    public static void Register(FunctionRegistry functions)
    {
        functions.AdminQuery<PageArgs, AuditPage>("auditLog", async (ctx, args, ct) =>
        {
            var limit = DashboardFunctions.Limit(args.Limit, 50, 200);
            var offset = DashboardFunctions.Offset(args.Offset);
            var entries = await ctx.ListAsync<AuditEntry>(q => q.OrderByDescending(e => e.Number).Skip(offset).Take(limit), ct);
            var total = await ctx.CountAsync<AuditEntry>(q => q, ct);
            return new AuditPage([.. entries.Select(View)], total);
        });
        functions.System<AuditRecord, bool, MutationContext>(RecordFunction, FunctionKind.Mutation, AccessRule.Internal, async (ctx, args, ct) =>
        {
            await RecordAsync(ctx, args.Action, args.Target, args.Before, args.After, ct);
            return true;
        });
    }

    /// <summary>Records a change an action made outside the engine's transactions (an account's role, say), as the action's caller.</summary>
    public static Task RecordAsync(ActionContext ctx, string action, string target, string? before, string? after, CancellationToken ct) =>
        ctx.RunMutationAsync<bool>(RecordFunction, new AuditRecord(action, target, before, after), ct);

    /// <summary>Records a change in <paramref name="ctx"/>'s transaction: it is audited exactly when it commits.</summary>
    public static async Task RecordAsync(MutationContext ctx, string action, string target, string? before, string? after, CancellationToken ct)
    {
        var now = ctx.Time.GetUtcNow();
        var number = await ctx.NextNumberAsync(Sequence, ct);
        ctx.Store(new AuditEntry(Guid.CreateVersion7(now), number, now, ctx.Identity.UserId!, ctx.Identity.Email, action, target, before, after));
    }

    private static AuditView View(AuditEntry entry) =>
        new(entry.Id, entry.Number, entry.At, entry.ActorId, entry.ActorEmail, entry.Action, entry.Target, Parse(entry.Before), Parse(entry.After));

    private static JsonElement? Parse(string? json) => json is null ? null : JsonSerializer.Deserialize<JsonElement>(json);
}

/// <summary>What an action asks the audit log to record.</summary>
internal sealed record AuditRecord(string Action, string Target, string? Before, string? After);

/// <summary>An audit entry with its JSON parsed.</summary>
internal sealed record AuditView(Guid Id, long Number, DateTimeOffset At, string ActorId, string? ActorEmail, string Action, string Target, JsonElement? Before, JsonElement? After);

/// <summary>A page of the audit log, newest first.</summary>
internal sealed record AuditPage(IReadOnlyList<AuditView> Entries, int Total);
