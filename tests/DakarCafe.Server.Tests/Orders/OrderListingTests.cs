using DakarCafe.Client;
using DakarCafe.Fixtures;
using DakarCafe.Protocol;
using DakarCafe.Schema;
using DakarCafe.Schema.Orders;

namespace DakarCafe.Server.Tests.Orders;

public sealed class OrderListingTests(PostgresServer postgres) : ShopTest(postgres)
{
    [Fact]
    public async Task A_customer_pages_through_their_own_orders_newest_first_and_sees_new_ones_live()
    {
        var admin = await ConnectAsync(await SignInAsAsync("admin"));
        var roma = await admin.MutateAsync(Api.Products.Create, TestProducts.Capsule("Roma", 3_500, stock: 100), Within());
        var (awa, moussa) = (await ConnectAsync(await SignInAsAsync("user")), await ConnectAsync(await SignInAsAsync("user")));
        var placed = new List<Order>();
        for (var i = 1; i <= 5; i++)
        {
            placed.Add(await awa.MutateAsync(Api.Orders.CreateOrder, TestOrders.Of((roma, i)), Within()));
        }

        await moussa.MutateAsync(Api.Orders.CreateOrder, TestOrders.Of((roma, 1)), Within());
        var first = await awa.QueryAsync(Api.Orders.GetUserOrders, new GetUserOrdersArgs(Limit: 2), Within());
        var second = await awa.QueryAsync(Api.Orders.GetUserOrders, new GetUserOrdersArgs(Limit: 2, Offset: 2), Within());
        var live = await awa.SubscribeAsync(Api.Orders.GetUserOrders, new GetUserOrdersArgs(Limit: 2), Within());
        await live.ResultAsync(Within());

        first.Total.Should().Be(5);
        first.Items.Concat(second.Items).Select(o => o.Id).Should().Equal(placed[4].Id, placed[3].Id, placed[2].Id, placed[1].Id);
        var sixth = await awa.MutateAsync(Api.Orders.CreateOrder, TestOrders.Of((roma, 1)), Within());
        (await live.WaitForAsync(p => p.Total == 6, Within())).Items[0].Id.Should().Be(sixth.Id);
    }

    [Fact]
    public async Task Only_staff_read_another_customers_orders()
    {
        var admin = await ConnectAsync(await SignInAsAsync("admin"));
        var roma = await admin.MutateAsync(Api.Products.Create, TestProducts.Capsule("Roma", 3_500), Within());
        var awa = await ConnectAsync(await SignInAsAsync("user"));
        var awaId = (await awa.QueryAsync(Api.Users.GetCurrentUser, new NoArgs(), Within()))!.Id;
        await awa.MutateAsync(Api.Orders.CreateOrder, TestOrders.Of((roma, 1)), Within());
        var moussa = await ConnectAsync(await SignInAsAsync("user"));

        var prying = () => moussa.QueryAsync(Api.Orders.GetUserOrders, new GetUserOrdersArgs(UserId: awaId), Within());
        var listing = () => moussa.QueryAsync(Api.Orders.ListOrders, new ListOrdersArgs(), Within());

        var error = (await prying.Should().ThrowAsync<DakarCafeException>()).Which.Error;
        error.Code.Should().Be(ErrorCodes.Forbidden);
        $"{error.Message} {error.Data}".Should().NotContain("Rue 10").And.NotContain("DCE-");
        (await listing.Should().ThrowAsync<DakarCafeException>()).Which.Code.Should().Be(ErrorCodes.Forbidden);
        (await admin.QueryAsync(Api.Orders.GetUserOrders, new GetUserOrdersArgs(UserId: awaId), Within())).Total.Should().Be(1);
    }

    [Fact]
    public async Task Staff_list_orders_by_status_and_period()
    {
        var admin = await ConnectAsync(await SignInAsAsync("admin"));
        var roma = await admin.MutateAsync(Api.Products.Create, TestProducts.Capsule("Roma", 3_500, stock: 100), Within());
        var shopper = await ConnectAsync(await SignInAsAsync("user"));
        var orders = new List<Order>();
        for (var i = 0; i < 4; i++)
        {
            orders.Add(await shopper.MutateAsync(Api.Orders.CreateOrder, TestOrders.Of((roma, 1)), Within()));
        }

        await admin.MutateAsync(Api.Orders.UpdateOrderStatus, new UpdateOrderStatusArgs(orders[1].Id, OrderStatus.Confirmed), Within());
        await admin.MutateAsync(Api.Orders.UpdateOrderStatus, new UpdateOrderStatusArgs(orders[3].Id, OrderStatus.Confirmed), Within());
        var pendingWatch = await admin.SubscribeAsync(Api.Orders.ListOrders, new ListOrdersArgs(Status: OrderStatus.Pending), Within());
        await pendingWatch.ResultAsync(Within());

        var confirmed = await admin.QueryAsync(Api.Orders.ListOrders, new ListOrdersArgs(Status: OrderStatus.Confirmed), Within());
        var window = await admin.QueryAsync(Api.Orders.ListOrders, new ListOrdersArgs(From: orders[1].CreatedAt, To: orders[3].CreatedAt), Within());
        var backwards = () => admin.QueryAsync(Api.Orders.ListOrders, new ListOrdersArgs(From: orders[3].CreatedAt, To: orders[1].CreatedAt), Within());

        confirmed.Items.Select(o => o.Id).Should().Equal(orders[3].Id, orders[1].Id);
        window.Items.Select(o => o.Id).Should().Equal(orders[2].Id, orders[1].Id);
        (await backwards.Should().ThrowAsync<DakarCafeException>()).Which.Code.Should().Be(ErrorCodes.Validation);
        pendingWatch.Value!.Items.Select(o => o.Id).Should().Equal(orders[2].Id, orders[0].Id);
        await admin.MutateAsync(Api.Orders.UpdateOrderStatus, new UpdateOrderStatusArgs(orders[0].Id, OrderStatus.Confirmed), Within());
        (await pendingWatch.WaitForAsync(p => p.Total == 1, Within())).Items.Single().Id.Should().Be(orders[2].Id);
    }
}
