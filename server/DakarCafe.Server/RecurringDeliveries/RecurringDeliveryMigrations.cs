using System.Text.Json.Nodes;
using DakarCafe.Engine;
using DakarCafe.Engine.Scheduling;
using DakarCafe.Protocol;
using Marten;

namespace DakarCafe.Server.RecurringDeliveries;

/// <summary>
/// The recurring deliveries' run-once data migrations (see <see cref="EngineBuilder.DataMigration"/>). The module was
/// called <c>subscriptions</c> before it was named for what it is; its documents keep their table through the
/// <see cref="StoredAs"/> alias, and the jobs already scheduled under the old names are renamed here.
/// </summary>
internal static class RecurringDeliveryMigrations
{
    /// <summary>The Marten alias the documents were stored under as <c>DeliverySubscription</c>: their table stays <c>mt_doc_deliverysubscription</c>.</summary>
    public const string StoredAs = "deliverysubscription";

    public const string RenameJobs = "2026-12-03-recurring-delivery-jobs-renamed";

    /// <summary>The jobs' function names before the rename, and the ones that run them now.</summary>
    private static readonly Dictionary<string, string> RenamedFunctions = new(StringComparer.Ordinal)
    {
        ["subscriptions:deliver"] = RecurringDeliveryJobs.Deliver,
        ["subscriptions:endPause"] = RecurringDeliveryJobs.EndPause,
    };

    public static void Register(EngineBuilder engine) => engine.DataMigration(RenameJobs, RenamePendingJobsAsync);

    /// <summary>
    /// Every delivery and end of pause not yet run (pending, or running under a claim that may lapse) is given its new
    /// function name and its argument's new name (<c>subscriptionId</c> became <c>recurringDeliveryId</c>), so it runs
    /// when due as if scheduled by this version. Finished jobs keep the names they ran under.
    /// </summary>
    private static async Task RenamePendingJobsAsync(IDocumentSession session, CancellationToken ct)
    {
        string[] oldNames = [.. RenamedFunctions.Keys];
        var jobs = await session.Query<ScheduledJob>()
            .Where(j => oldNames.Contains(j.Function) && (j.State == JobState.Pending || j.State == JobState.Running))
            .ToListAsync(ct);
        foreach (var job in jobs)
        {
            session.Store(job with { Function = RenamedFunctions[job.Function], Args = RenameArgument(job.Args) });
        }
    }

    private static string RenameArgument(string args)
    {
        var json = JsonNode.Parse(args)?.AsObject() ?? throw new InvalidOperationException($"A job's arguments are not a JSON object: {args}");
        if (json.Remove("subscriptionId", out var id))
        {
            json["recurringDeliveryId"] = id;
        }

        return json.ToJsonString(WireJson.Options);
    }
}
