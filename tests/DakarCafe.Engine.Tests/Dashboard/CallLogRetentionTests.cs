using System.Text.Json;
using DakarCafe.Engine.TestNode.Domain;
using DakarCafe.Fixtures;

namespace DakarCafe.Engine.Tests.Dashboard;

/// <summary>The live log is a bounded window: beyond its cap, the oldest calls go.</summary>
public sealed class CallLogRetentionTests(PostgresServer postgres) : DashboardTest(postgres)
{
    protected override void Configure(EngineBuilder engine)
    {
        base.Configure(engine);
        engine.Dashboard!.MaxLogEntries = 5;
        engine.Dashboard.LogPruneInterval = TimeSpan.Zero;
    }

    [Fact]
    public async Task Beyond_its_cap_the_log_keeps_the_newest_calls()
    {
        var admin = await AdminAsync();
        var bob = await UserAsync();
        for (var i = 1; i <= 12; i++)
        {
            await bob.MutateAsync<long>("counters:increment", new CounterId($"retained-{i:00}"), Within());
            // One flush per call, so each prune sees the cap exceeded.
            await Deadlines.UntilAsync(async () => (await Logged(admin)).Any(c => Sequence(c) == i), $"call {i} in the log");
        }

        var kept = await Logged(admin);
        kept.Count.Should().BeLessThanOrEqualTo(6, "at most the cap, and the batch written with the last prune");
        kept.Select(Sequence).Should().BeInDescendingOrder().And.Contain(12).And.NotContain(1);
    }

    private static async Task<List<JsonElement>> Logged(Client.DakarCafeClient admin) =>
        [.. (await QueryAsync(admin, "log", new { function = "counters:increment", limit = 500 })).EnumerateArray()];

    /// <summary>The call's place among this node's calls: here, the increment's number.</summary>
    private static int Sequence(JsonElement call) => (int)call.GetProperty("sequence").GetInt64();
}
