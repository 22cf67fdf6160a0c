using DakarCafe.Engine.Tests.Domain;
using DakarCafe.Testing;

namespace DakarCafe.Engine.Tests.Reactivity;

public sealed class MultiNodeTests(PostgresServer postgres) : EngineTest(postgres)
{
    [Fact]
    public async Task A_commit_made_through_one_node_is_pushed_by_another()
    {
        var second = await StartHostAsync();
        var writer = await Host.ConnectAsync();
        var reader = await second.ConnectAsync();
        var counter = await reader.SubscribeAsync<Counter?>("counters:get", new CounterId("across"), Within());
        await counter.NextAsync(Within());

        var version = await writer.MutateAsync<long>("counters:increment", new CounterId("across"), Within());

        version.Should().Be(1);
        (await counter.WaitForAsync(c => c?.Value == 1, Within()))!.Value.Should().Be(1);
        second.Metrics.QueryExecutions.Should().BeGreaterThan(0);
    }
}
