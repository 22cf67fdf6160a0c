using DakarCafe.Engine.TestNode.Domain;
using DakarCafe.Fixtures;

namespace DakarCafe.Engine.Tests.Reactivity;

public sealed class ConcurrencyTests(PostgresServer postgres) : EngineTest(postgres)
{
    [Fact]
    public async Task Two_clients_incrementing_one_counter_200_times_each_end_at_exactly_400()
    {
        var clients = await Task.WhenAll(ConnectAsync(), ConnectAsync());

        await Task.WhenAll(clients.Select(client => Task.Run(async () =>
        {
            for (var i = 0; i < 200; i++)
            {
                await client.MutateAsync<long>("counters:increment", new CounterId("contended"), Within(TimeSpan.FromSeconds(60)));
            }
        })));

        (await clients[0].QueryAsync<Counter>("counters:get", new CounterId("contended"), Within())).Value.Should().Be(400);
    }

    [Fact]
    public async Task A_slow_mutation_is_not_starved_by_a_busy_writer_of_what_it_read()
    {
        var clients = await Task.WhenAll(ConnectAsync(), ConnectAsync());
        var busyWrites = 0;
        Task<long>? slow = null;
        for (; slow is not { IsCompleted: true } && busyWrites < 5_000; busyWrites++)
        {
            await clients[1].MutateAsync<long>("counters:increment", new CounterId("hot"), Within(TimeSpan.FromSeconds(60)));
            // The slow mutation starts once the busy writer is in its stride, so every optimistic attempt has commits under it.
            slow ??= busyWrites == 5 ? clients[0].MutateAsync<long>("counters:slowIncrement", new CounterId("hot"), Within(TimeSpan.FromSeconds(60))) : null;
        }

        await slow!;
        (await clients[0].QueryAsync<Counter>("counters:get", new CounterId("hot"), Within())).Value.Should().Be(busyWrites + 1);
    }

    [Fact]
    public async Task Two_mutations_that_each_read_what_the_other_writes_never_both_commit()
    {
        var clients = await Task.WhenAll(ConnectAsync(), ConnectAsync());
        for (var round = 0; round < 15; round++)
        {
            var (a, b) = ($"slot-a-{round}", $"slot-b-{round}");

            var claims = await Task.WhenAll(
                clients[0].MutateAsync<bool>("counters:claimIfBothFree", new CounterIds(a, b), Within()),
                clients[1].MutateAsync<bool>("counters:claimIfBothFree", new CounterIds(b, a), Within()));

            claims.Count(claimed => claimed).Should().Be(1, $"in round {round} exactly one may claim: each read the slot the other wrote");
        }
    }

    [Fact]
    public async Task A_mutation_that_fails_after_writing_commits_nothing()
    {
        var client = await ConnectAsync();

        var failing = () => client.MutateAsync<long>("failing:writeThenThrow", new CounterId("untouched"), Within());

        (await failing.Should().ThrowAsync<Client.DakarCafeException>()).Which.Code.Should().Be("NOPE");
        (await client.QueryAsync<Counter?>("counters:get", new CounterId("untouched"), Within())).Should().BeNull();
    }
}
