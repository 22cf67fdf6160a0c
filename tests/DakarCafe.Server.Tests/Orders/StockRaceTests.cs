using DakarCafe.Client;
using DakarCafe.Fixtures;
using DakarCafe.Schema;
using DakarCafe.Schema.Orders;
using DakarCafe.Schema.Products;

namespace DakarCafe.Server.Tests.Orders;

public sealed class StockRaceTests(PostgresServer postgres) : ShopTest(postgres)
{
    private const int Buyers = 200;
    private const int Units = 10;

    /// <summary>Two hundred people sign in from one test machine: the per-address sign-in limit would otherwise stop them.</summary>
    protected override IReadOnlyDictionary<string, string?> ServerSettings { get; } = new Dictionary<string, string?>
    {
        ["Auth:SignInBurstPerAddress"] = "1000",
    };

    [Fact]
    public async Task Two_hundred_buyers_racing_for_the_last_ten_units_leave_exactly_ten_orders_and_no_negative_stock()
    {
        var admin = await ConnectAsync(await SignInAsAsync("admin"));
        var lastUnits = await admin.MutateAsync(Api.Products.Create, TestProducts.Capsule("Edition Casamance", 9_900, stock: Units), Within());
        var buyers = new List<DakarCafeClient>();
        foreach (var chunk in Enumerable.Range(0, Buyers).Chunk(20))
        {
            buyers.AddRange(await Task.WhenAll(chunk.Select(async _ => await ConnectAsync(await SignInAsAsync("user")))));
        }

        using var start = new SemaphoreSlim(0);
        var attempts = buyers.Select(async buyer =>
        {
            await start.WaitAsync(Within());
            try
            {
                return (Order: await buyer.MutateAsync(Api.Orders.CreateOrder, TestOrders.Of((lastUnits, 1)), Within()), Code: (string?)null);
            }
            catch (DakarCafeException e)
            {
                return (Order: (Order?)null, Code: e.Code);
            }
        }).ToList();
        start.Release(Buyers);
        var outcomes = await Task.WhenAll(attempts);

        Server.ErrorLogs.Errors.Select(e => $"{e.Message}: {e.Exception}").Should().BeEmpty();

        outcomes.Count(o => o.Order is not null).Should().Be(Units);
        outcomes.Where(o => o.Order is null).Select(o => o.Code).Should().AllBe("OUT_OF_STOCK").And.HaveCount(Buyers - Units);
        outcomes.Where(o => o.Order is not null).Select(o => o.Order!.OrderNumber).Should().OnlyHaveUniqueItems();
        var product = await admin.QueryAsync(Api.Products.GetProduct, new GetProductArgs(Id: lastUnits), Within());
        product.Inventory.Stock.Should().Be(0);
        var sold = await admin.QueryAsync(Api.Orders.ListOrders, new ListOrdersArgs(Limit: 100), Within());
        sold.Total.Should().Be(Units);
        sold.Items.SelectMany(o => o.Items).Sum(i => i.Quantity).Should().Be(Units);
    }
}
