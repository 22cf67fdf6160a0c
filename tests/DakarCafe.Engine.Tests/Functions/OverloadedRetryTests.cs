using DakarCafe.Engine.TestNode.Domain;
using DakarCafe.Fixtures;

namespace DakarCafe.Engine.Tests.Functions;

/// <summary>A server that runs one mutation at a time and lets none wait: the SDK sends a refused mutation again after the time it is told.</summary>
public sealed class OverloadedRetryTests(PostgresServer postgres) : EngineTest(postgres)
{
    protected override void Configure(EngineBuilder engine)
    {
        base.Configure(engine);
        engine.Limits.MaxConcurrentMutations = 1;
        engine.Limits.MaxMutationQueueWait = TimeSpan.FromMilliseconds(20);
    }

    [Fact]
    public async Task Mutations_refused_as_overloaded_are_sent_again_until_they_run_once_each()
    {
        var clients = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => ConnectAsync()));

        // Six mutations of 100 ms at once on one slot with a 20 ms wait: most are refused at first, and nothing is written then.
        var results = await Task.WhenAll(clients.Select((client, i) =>
            client.MutateAsync<long>("counters:slowIncrement", new CounterId($"busy-{i}"), Within(TimeSpan.FromSeconds(60)))));

        results.Should().AllBeEquivalentTo(1L, "each ran exactly once");
        foreach (var i in Enumerable.Range(0, 6))
        {
            (await clients[0].QueryAsync<Counter?>("counters:get", new CounterId($"busy-{i}"), Within()))!.Value.Should().Be(1);
        }
    }
}
