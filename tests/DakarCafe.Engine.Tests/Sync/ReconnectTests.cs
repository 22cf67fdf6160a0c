using DakarCafe.Engine.Internal.Sync;
using DakarCafe.Engine.TestNode.Domain;
using DakarCafe.Fixtures;
using Microsoft.Extensions.DependencyInjection;

namespace DakarCafe.Engine.Tests.Sync;

public sealed class ReconnectTests(PostgresServer postgres) : EngineTest(postgres)
{
    [Fact]
    public async Task A_client_whose_connection_drops_reconnects_resubscribes_and_keeps_receiving()
    {
        var client = await ConnectAsync();
        var writer = await ConnectAsync();
        var counter = await client.SubscribeAsync<Counter?>("counters:get", new CounterId("resilient"), Within());
        await counter.ResultAsync(Within());
        var firstConnection = client.ConnectionId!;

        Host.Services.GetRequiredService<SyncConnections>().Get(firstConnection).Connection.Abort();
        await writer.MutateAsync<long>("counters:increment", new CounterId("resilient"), Within());

        (await counter.WaitForAsync(c => c?.Value == 1, Within()))!.Value.Should().Be(1);
        client.ConnectionId.Should().NotBe(firstConnection);
    }
}
