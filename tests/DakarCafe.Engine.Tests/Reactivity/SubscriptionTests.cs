using DakarCafe.Engine.TestNode.Domain;
using DakarCafe.Fixtures;

namespace DakarCafe.Engine.Tests.Reactivity;

public sealed class SubscriptionTests(PostgresServer postgres) : EngineTest(postgres)
{
    [Fact]
    public async Task Subscriber_receives_the_current_value_then_each_change()
    {
        var client = await ConnectAsync();
        await client.MutateAsync<long>("counters:increment", new CounterId("c"), Within());

        var counter = await client.SubscribeAsync<Counter?>("counters:get", new CounterId("c"), Within());
        (await counter.WaitForAsync(c => c?.Value == 1, Within()))!.Value.Should().Be(1);

        await client.MutateAsync<long>("counters:increment", new CounterId("c"), Within());

        counter.Value!.Value.Should().Be(2);
    }

    [Fact]
    public async Task A_missing_document_is_watched_and_appears_when_created()
    {
        var client = await ConnectAsync();
        var counter = await client.SubscribeAsync<Counter?>("counters:get", new CounterId("later"), Within());
        await counter.ResultAsync(Within());
        counter.HasResult.Should().BeTrue();
        counter.Value.Should().BeNull();

        await client.MutateAsync<long>("counters:increment", new CounterId("later"), Within());

        counter.Value.Should().Be(new Counter("later", 1));
    }
}
