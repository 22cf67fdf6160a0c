using DakarCafe.Engine.Scheduling;
using DakarCafe.Fixtures;
using DakarCafe.Schema;
using DakarCafe.Schema.RecurringDeliveries;
using DakarCafe.Server.RecurringDeliveries;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace DakarCafe.Server.Tests.RecurringDeliveries;

/// <summary>
/// Recurring deliveries were called subscriptions: a deployment upgraded from then keeps its documents (in
/// <c>mt_doc_deliverysubscription</c>) and its pending jobs, stored as <c>subscriptions:deliver</c> and
/// <c>subscriptions:endPause</c> with a <c>subscriptionId</c>, which the data migration renames.
/// </summary>
public sealed class RecurringDeliveryMigrationTests(PostgresServer postgres) : ClockedShopTest(postgres)
{
    [Fact]
    public async Task Jobs_scheduled_under_the_old_names_run_under_the_new_ones_after_the_upgrade()
    {
        var capsule = await ProductAsync("Livanto", 2_500, stock: 100);
        var awa = await CustomerAsync();
        var weekly = await StartRecurringDeliveryAsync(awa, "Bureau", DeliveryFrequency.Weekly, On(2026, 1, 6), PlanType.Basic, (capsule, 2));
        var paused = await StartRecurringDeliveryAsync(awa, "Maison", DeliveryFrequency.Weekly, On(2026, 1, 6), PlanType.Basic, (capsule, 1));
        await MutateAsync(awa, Api.RecurringDeliveries.PauseRecurringDelivery, new PauseRecurringDeliveryArgs(paused.Id, On(2026, 1, 7, 12)));
        var renamedBack = await AsThePreviousVersionLeftItAsync();

        var upgraded = await StartServerAsync();
        Clock.Advance(TimeSpan.FromDays(1));
        await upgraded.RunDueJobsAsync(Within());
        Clock.Advance(TimeSpan.FromDays(1));
        await upgraded.RunDueJobsAsync(Within());

        renamedBack.Should().BeEquivalentTo(["subscriptions:deliver", "subscriptions:deliver", "subscriptions:endPause"]);
        (await OrdersOfAsync(weekly)).Should().ContainSingle("the delivery of 6 January ran under its new name").Which.Subtotal.Should().Be(5_000);
        var mine = await QueryAsync(awa, Api.RecurringDeliveries.GetMyRecurringDeliveries, new NoArgs());
        mine.Single(r => r.Id == paused.Id).Should().BeEquivalentTo(new { Status = RecurringDeliveryStatus.Active, NextDelivery = On(2026, 1, 13) },
            "the end of the pause ran under its new name");
        mine.Single(r => r.Id == weekly.Id).NextDelivery.Should().Be(On(2026, 1, 13));
        var jobs = await JobsAsync();
        jobs.Should().NotContain(j => j.Function.StartsWith("subscriptions:", StringComparison.Ordinal));
        var ours = jobs.Where(j => j.Function.StartsWith("recurringDeliveries:", StringComparison.Ordinal)).ToList();
        ours.Where(j => j.State == JobState.Pending).Select(j => j.Function).Should().BeEquivalentTo([RecurringDeliveryJobs.Deliver, RecurringDeliveryJobs.Deliver],
            "each delivery's next one, on 13 January");
        ours.Where(j => j.State != JobState.Pending).Should().HaveCount(3).And.OnlyContain(j => j.State == JobState.Succeeded,
            "the three renamed jobs ran; none failed on a name no function has");
        (await CountAsync("select count(*) from public.mt_doc_deliverysubscription")).Should().Be(2, "the documents keep the table they were stored in");
    }

    /// <summary>
    /// Gives the pending jobs the names and argument the previous version stored them with, and forgets the migration
    /// ran, as in a database that version left; returns the old names.
    /// </summary>
    private async Task<IReadOnlyList<string>> AsThePreviousVersionLeftItAsync()
    {
        await using var session = Server.Services.GetRequiredService<IDocumentStore>().LightweightSession();
        var pending = (await session.Query<ScheduledJob>().Where(j => j.State == JobState.Pending).ToListAsync(Within()))
            .Where(j => j.Function.StartsWith("recurringDeliveries:", StringComparison.Ordinal))
            .Select(j => j with
            {
                Function = j.Function.Replace("recurringDeliveries:", "subscriptions:", StringComparison.Ordinal),
                Args = j.Args.Replace("\"recurringDeliveryId\"", "\"subscriptionId\"", StringComparison.Ordinal),
            })
            .ToList();
        session.Store(pending.ToArray());
        session.QueueSqlCommand("delete from dakarcafe.migrations where name = ?", RecurringDeliveryMigrations.RenameJobs);
        await session.SaveChangesAsync(Within());
        return [.. pending.Select(j => j.Function)];
    }

    private async Task<IReadOnlyList<ScheduledJob>> JobsAsync()
    {
        await using var session = Server.Services.GetRequiredService<IDocumentStore>().QuerySession();
        return await session.Query<ScheduledJob>().ToListAsync(Within());
    }

    private async Task<long> CountAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync(Within());
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync(Within()))!;
    }
}
