using DakarCafe.Engine.TestNode.Domain;
using DakarCafe.Fixtures;

namespace DakarCafe.Engine.Tests.Functions;

public sealed class MutationContextTests(PostgresServer postgres) : EngineTest(postgres)
{
    [Fact]
    public async Task A_patch_and_a_delete_reach_subscribers_like_any_write()
    {
        var client = await ConnectAsync();
        await client.MutateAsync<long>("counters:increment", new CounterId("p"), Within());
        var counter = await client.SubscribeAsync<Counter?>("counters:get", new CounterId("p"), Within());
        await counter.WaitForAsync(c => c?.Value == 1, Within());

        await client.MutateAsync<long>("counters:patchIncrement", new CounterId("p"), Within());
        counter.Value!.Value.Should().Be(2);

        await client.MutateAsync<bool>("counters:delete", new CounterId("p"), Within());
        counter.Value.Should().BeNull();
    }

    [Fact]
    public async Task An_action_runs_mutations_and_queries_through_the_engine()
    {
        var client = await ConnectAsync();

        var value = await client.ActionAsync<long>("counters:incrementTwiceAction", new CounterId("acted"), Within());

        value.Should().Be(2);
    }
}
