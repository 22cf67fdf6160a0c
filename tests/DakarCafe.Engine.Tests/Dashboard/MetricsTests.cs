using System.Text.Json;
using DakarCafe.Engine.TestNode.Domain;
using DakarCafe.Fixtures;
using DakarCafe.Protocol;

namespace DakarCafe.Engine.Tests.Dashboard;

/// <summary>Each node samples its metrics into documents the dashboard's charts read live.</summary>
public sealed class MetricsTests(PostgresServer postgres) : DashboardTest(postgres)
{
    [Fact]
    public async Task Samples_count_connections_live_queries_and_mutations_and_time_each_function()
    {
        var admin = await AdminAsync();
        var metrics = await admin.SubscribeAsync<JsonElement>("_dashboard:metrics", new { minutes = 5 }, Within());
        await metrics.ResultAsync(Within());
        var bob = await UserAsync();
        var watched = await bob.SubscribeAsync<Counter?>("counters:get", new CounterId("m"), Within());
        await watched.ResultAsync(Within());
        for (var i = 0; i < 5; i++)
        {
            await bob.MutateAsync<long>("counters:increment", new CounterId("m"), Within());
        }

        await Deadlines.UntilAsync(() => Samples(metrics.Value).Sum(s => Calls(s, "counters:increment")) == 5, "samples counting the five increments");

        var sample = Samples(metrics.Value).First(s => Calls(s, "counters:increment") > 0);
        sample.GetProperty("mutationsPerSecond").GetDouble().Should().BePositive();
        sample.GetProperty("executionsPerSecond").GetDouble().Should().BePositive("the live counter re-ran after each increment");
        var increment = sample.GetProperty("functions").EnumerateArray().Single(f => f.GetProperty("function").GetString() == "counters:increment");
        increment.GetProperty("p50Ms").GetDouble().Should().BePositive();
        increment.GetProperty("p99Ms").GetDouble().Should().BeGreaterThanOrEqualTo(increment.GetProperty("p50Ms").GetDouble());
        sample.GetProperty("functions").EnumerateArray().Should().NotContain(f => f.GetProperty("function").GetString()!.StartsWith('_'));
        var latest = Samples(metrics.Value)[^1];
        latest.GetProperty("connections").GetInt32().Should().Be(2);
        latest.GetProperty("liveQueries").GetInt32().Should().Be(2, "the admin's metrics and bob's counter");
        latest.GetProperty("sharedNodes").GetInt32().Should().Be(2);

        var refusing = () => QueryAsync(admin, "metrics", new { minutes = 61 });
        (await refusing.Should().ThrowAsync<Client.DakarCafeException>()).Which.Code.Should().Be(ErrorCodes.Validation);
    }

    private static List<JsonElement> Samples(JsonElement metrics) => [.. metrics.EnumerateArray()];

    private static long Calls(JsonElement sample, string function) =>
        sample.GetProperty("functions").EnumerateArray().Where(f => f.GetProperty("function").GetString() == function).Sum(f => f.GetProperty("calls").GetInt64());
}
