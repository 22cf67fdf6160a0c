using System.Text.Json;
using DakarCafe.Engine.TestNode.Domain;
using DakarCafe.Fixtures;
using DakarCafe.Protocol;

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

    [Fact]
    public async Task After_a_reconnect_the_transition_that_reaches_a_mutation_carries_the_queries_subscribed_before_it()
    {
        const int iterations = 200;
        using var stop = new CancellationTokenSource();
        var busy = Enumerable.Range(0, 3).Select(w => Task.Run(async () =>
        {
            // Other writers keep the reactor cycling, so client commands keep arriving while a cycle is under way.
            var writer = await ConnectAsync();
            for (var n = 0; n < 100_000 && !stop.IsCancellationRequested; n++)
            {
                await writer.MutateAsync<long>("counters:increment", new CounterId($"busy-{w}"), Within());
            }
        })).ToList();
        var session = "reconnecting-" + Guid.NewGuid().ToString("N");
        try
        {
            for (var i = 1; i <= iterations; i++)
            {
                // The client reconnected: it subscribes again and sends a mutation at once, without waiting.
                await using var connection = await RawSyncConnection.ConnectAsync(Host.BaseAddress, session);
                await connection.SubscribeAsync(1, "counters:get", new CounterId("mine"));
                var answer = await connection.MutateAsync(i, "counters:increment", new CounterId("mine"));
                answer.Error.Should().BeNull();

                var reaching = await connection.NextTransitionAsync(Patience, "the first transition");
                while (reaching.EndVersion < answer.Version)
                {
                    reaching = await connection.NextTransitionAsync(Patience, $"a transition reaching version {answer.Version}");
                }

                // The counter changed at the mutation's commit, so that transition must carry the query: its first value
                // (which is then the mutation's), or a patch of the value an earlier transition brought.
                var mine = reaching.Modifications.FirstOrDefault(m => m.QueryId == 1);
                mine.Should().NotBeNull("in attempt {0}, the transition reaching the mutation's commit carries the query subscribed before it", i);
                if (mine!.Value is { } value)
                {
                    JsonSerializer.Deserialize<Counter>(value, WireJson.Options)!.Value.Should().Be(i, "attempt {0} shows its own write", i);
                }
            }
        }
        finally
        {
            await stop.CancelAsync();
            await Task.WhenAll(busy);
        }
    }
}
