using DakarCafe.Engine.TestNode.Domain;
using DakarCafe.Fixtures;
using DakarCafe.Protocol;

namespace DakarCafe.Engine.Tests.Sync;

public sealed class SlowClientTests(PostgresServer postgres) : EngineTest(postgres)
{
    [Fact]
    public async Task A_client_that_stops_reading_gets_coalesced_transitions_that_still_chain_and_end_at_the_latest_value()
    {
        // 80 values of 256 KB (20 MB) outgrow what the server's socket can buffer for the client (4 MB at most here).
        const int rewrites = 80;
        using var slow = await SlowSocketClient.ConnectAsync(Host.BaseAddress, Within());
        await slow.InvokeAsync(SyncHubMethods.Connect, new ConnectRequest("slow", 0), Within());
        await slow.InvokeAsync(SyncHubMethods.ModifyQuerySet, new QuerySetModification(
            [new QueryChange(QueryChangeKind.Add, 1, "blobs:get", """{"id":"big"}""")]), Within());
        var first = await slow.NextTransitionAsync(Within());

        var writer = await ConnectAsync();
        for (var i = 1; i <= rewrites; i++)
        {
            await writer.MutateAsync<long>("blobs:rewrite", new BlobRewrite("big", 256), Within(TimeSpan.FromSeconds(60)));
        }

        var received = new List<Transition> { first };
        while (true)
        {
            var transition = await slow.NextTransitionAsync(Within());
            received.Add(transition);
            var blob = transition.Modifications.Single(m => m.QueryId == 1);
            if (System.Text.Json.JsonSerializer.Deserialize<Blob>(blob.Value!, WireJson.Options)!.Version == rewrites)
            {
                break;
            }
        }

        received.Count.Should().BeLessThan(rewrites / 2, "writes the client could not take were merged, not queued");
        received.Zip(received.Skip(1)).Should().OnlyContain(pair => pair.Second.StartVersion == pair.First.EndVersion);
    }
}
