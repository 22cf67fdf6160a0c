using DakarCafe.Fixtures;
using DakarCafe.Schema;
using DakarCafe.Schema.Products;

namespace DakarCafe.Client.Tests;

public sealed class ServerRestartTests(PostgresServer postgres) : ShopTest(postgres)
{
    [Fact]
    public async Task A_restarted_server_resumes_the_stream_at_the_current_value_and_a_mutation_sent_meanwhile_is_applied_once()
    {
        var port = TestPorts.FreeLoopback();
        var node = await StartServerAsync(port);
        var adminToken = await SignInAsAsync("admin");
        var admin = await ConnectAsync(adminToken, node);
        var watcher = await ConnectAsync(server: node);
        var product = await admin.MutateAsync(Api.Products.Create, TestProducts.Capsule("Roma", 3_500, stock: 50), Within());
        var live = await watcher.SubscribeAsync(Api.Products.SubscribeToProductChanges, new ProductIdArgs(product), Within());
        await live.ResultAsync(Within());

        await node.DisposeAsync();
        var restocking = admin.MutateAsync(Api.Products.AdjustStock, new AdjustStockArgs(product, 1), Within());
        var elsewhere = await ConnectAsync(adminToken);
        await elsewhere.MutateAsync(Api.Products.SetPrice, new SetPriceArgs(product, 4_200, null), Within());
        await StartServerAsync(port);

        var restocked = await restocking;
        var resumed = await live.WaitForAsync(p => p.Price == 4_200 && p.Stock == 51, Within());

        restocked.Inventory.Stock.Should().Be(51);
        resumed.Should().BeEquivalentTo(new { Price = 4_200L, Stock = 51 }, "the stream resumed with the value current after the restart");
        (await elsewhere.QueryAsync(Api.Products.GetProduct, new GetProductArgs(Id: product), Within())).Inventory.Stock
            .Should().Be(51, "the mutation sent while the server was away was applied exactly once");
    }
}
