using DakarCafe.Engine.TestNode.Domain;
using DakarCafe.Testing;

namespace DakarCafe.Engine.Tests.Invariants;

public sealed class I1_read_your_writes_tests(PostgresServer postgres) : EngineTest(postgres)
{
    [Fact]
    public async Task Once_a_mutation_returns_the_subscription_already_shows_it()
    {
        var client = await ConnectAsync();
        var counter = await client.SubscribeAsync<Counter?>("counters:get", new CounterId("ryw"), Within());
        await counter.ResultAsync(Within());

        for (var i = 1; i <= 20; i++)
        {
            var returned = await client.MutateAsync<long>("counters:increment", new CounterId("ryw"), Within());

            returned.Should().Be(i);
            counter.Value!.Value.Should().Be(i, "the value is read right after the mutation returned, without waiting");
        }
    }

    [Fact]
    public async Task A_mutation_that_changes_nothing_watched_still_moves_the_client_to_its_version()
    {
        var client = await ConnectAsync();
        var watched = await client.SubscribeAsync<Counter?>("counters:get", new CounterId("watched"), Within());
        await watched.ResultAsync(Within());
        var before = client.Version;

        await client.MutateAsync<long>("counters:increment", new CounterId("unwatched"), Within());

        client.Version.Should().BeGreaterThan(before);
    }
}
