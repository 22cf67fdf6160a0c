using DakarCafe.Engine.Scheduling;
using DakarCafe.Engine.TestNode.Domain;
using DakarCafe.Fixtures;

namespace DakarCafe.Engine.Tests.Scheduling;

public sealed class CronTests(PostgresServer postgres) : ClockedEngineTest(postgres)
{
    protected override void Configure(EngineBuilder engine)
    {
        base.Configure(engine);
        engine.Cron("tenMinutes", CronSchedule.Every(TimeSpan.FromMinutes(10)), "counters:increment", new CounterId("cron"));
        engine.Cron("dailyAtSix", CronSchedule.Cron("0 6 * * *"), "counters:increment", new CounterId("daily"));
    }

    [Fact]
    public async Task A_cron_runs_once_per_occurrence_however_many_nodes_tick()
    {
        var second = await StartHostAsync();
        var client = await ConnectAsync();

        (await AdvanceAsync(TimeSpan.FromMinutes(9), Host, second)).Should().Be(0);
        for (var occurrence = 1; occurrence <= 3; occurrence++)
        {
            (await AdvanceAsync(occurrence == 1 ? TimeSpan.FromMinutes(1) : TimeSpan.FromMinutes(10), Host, second)).Should().Be(1);
        }

        (await CounterAsync(client, "cron")).Should().Be(3);
        (await client.QueryAsync<List<ScheduledJob>>("jobs:list", new NoArgs(), Within())).Where(j => j.Cron == "tenMinutes").Select(j => j.RunAt)
            .Should().Equal(Clock.GetUtcNow().AddMinutes(-20), Clock.GetUtcNow().AddMinutes(-10), Clock.GetUtcNow());
    }

    [Fact]
    public async Task A_cron_expression_runs_at_its_hour_and_an_occurrence_missed_while_every_node_was_down_runs_once()
    {
        var client = await ConnectAsync();

        (await AdvanceAsync(TimeSpan.FromHours(21) + TimeSpan.FromMinutes(59), Host)).Should().Be(1, "only the ten-minute cron, caught up once");
        (await CounterAsync(client, "daily")).Should().BeNull("06:00 has not come yet");
        await AdvanceAsync(TimeSpan.FromMinutes(1), Host);
        (await CounterAsync(client, "daily")).Should().Be(1);
        await AdvanceAsync(TimeSpan.FromDays(3), Host);

        (await CounterAsync(client, "daily")).Should().Be(2, "three missed mornings run once when a node is back");
        (await AdvanceAsync(TimeSpan.FromHours(24), Host)).Should().BeGreaterThan(0);
        (await CounterAsync(client, "daily")).Should().Be(3, "and the next morning keeps its hour");
    }
}
