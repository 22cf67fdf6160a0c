using System.Collections.Concurrent;
using DakarCafe.Engine.TestNode.Domain;
using DakarCafe.Fixtures;

namespace DakarCafe.Engine.Tests.Invariants;

public sealed class I2_consistent_snapshot_tests(PostgresServer postgres) : EngineTest(postgres)
{
    [Fact]
    public async Task All_subscriptions_of_a_client_move_together_after_each_transition()
    {
        var reader = await ConnectAsync();
        var writer = await ConnectAsync();
        var first = await reader.SubscribeAsync<Counter?>("counters:get", new CounterId("a"), Within());
        var second = await reader.SubscribeAsync<Counter?>("counters:get", new CounterId("b"), Within());
        await Task.WhenAll(first.ResultAsync(Within()), second.ResultAsync(Within()));
        var seen = new ConcurrentQueue<(long Version, long? A, long? B)>();
        reader.TransitionApplied += version => seen.Enqueue((version, first.Value?.Value, second.Value?.Value));

        for (var i = 0; i < 30; i++)
        {
            await writer.MutateAsync<long>("counters:incrementBoth", new CounterIds("a", "b"), Within());
        }

        await first.WaitForAsync(c => c?.Value == 30, Within());
        seen.Should().NotBeEmpty();
        seen.Should().OnlyContain(s => s.A == s.B, "a and b change in the same commits, so no transition may show one without the other");
        seen.Select(s => s.Version).Should().BeInAscendingOrder();
    }
}
