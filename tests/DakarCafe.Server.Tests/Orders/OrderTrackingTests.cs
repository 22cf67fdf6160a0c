using DakarCafe.Client;
using DakarCafe.Fixtures;
using DakarCafe.Protocol;
using DakarCafe.Schema;
using DakarCafe.Schema.Orders;
using DakarCafe.Schema.Products;

namespace DakarCafe.Server.Tests.Orders;

public sealed class OrderTrackingTests(PostgresServer postgres) : ShopTest(postgres)
{
    private DakarCafeClient _staff = null!;
    private Guid _roma;

    private async Task<(DakarCafeClient Customer, Order Order)> PlacedOrderAsync(PaymentMethod method = PaymentMethod.CashOnDelivery, int quantity = 2)
    {
        if (_staff is null)
        {
            _staff = await ConnectAsync(await SignInAsAsync("admin"));
            _roma = await _staff.MutateAsync(Api.Products.Create, TestProducts.Capsule("Roma", 3_500, stock: 10), Within());
        }

        var customer = await ConnectAsync(await SignInAsAsync("user"));
        return (customer, await customer.MutateAsync(Api.Orders.CreateOrder, TestOrders.Of((_roma, quantity)) with { PaymentMethod = method }, Within()));
    }

    private Task<Order> MoveAsync(Order order, OrderStatus status, string? carrier = null, string? trackingNumber = null, string? reason = null) =>
        _staff.MutateAsync(Api.Orders.UpdateOrderStatus, new UpdateOrderStatusArgs(order.Id, status, carrier, trackingNumber, reason), Within());

    private async Task<int> StockAsync() => (await _staff.QueryAsync(Api.Products.GetProduct, new GetProductArgs(Id: _roma), Within())).Inventory.Stock;

    [Fact]
    public async Task The_customer_watching_an_order_sees_every_step_as_it_happens()
    {
        var (customer, order) = await PlacedOrderAsync();
        var tracking = await customer.SubscribeAsync(Api.Orders.SubscribeToOrderUpdates, new OrderIdArgs(order.Id), Within());
        await tracking.ResultAsync(Within());
        var seen = new List<string>();
        tracking.Changed += s => seen.Add(string.Join(",", s.Value!.Tracking.Updates.Select(u => u.Status)));

        await MoveAsync(order, OrderStatus.Confirmed);
        await tracking.WaitForAsync(t => t.Status == OrderStatus.Confirmed, Within());
        await MoveAsync(order, OrderStatus.Processing);
        await tracking.WaitForAsync(t => t.Status == OrderStatus.Processing, Within());
        await MoveAsync(order, OrderStatus.Shipped, "Yobante Express", "YB-2211");
        await tracking.WaitForAsync(t => t.Status == OrderStatus.Shipped, Within());
        await _staff.MutateAsync(Api.Orders.AddTrackingUpdate, new AddTrackingUpdateArgs(order.Id, "Au dépôt de Rufisque", "Rufisque"), Within());
        await tracking.WaitForAsync(t => t.Tracking.Updates.Count == 5, Within());
        await MoveAsync(order, OrderStatus.Delivered);
        var delivered = await tracking.WaitForAsync(t => t.Status == OrderStatus.Delivered, Within());

        seen.Should().Equal(
            "pending,confirmed", "pending,confirmed,processing", "pending,confirmed,processing,shipped", "pending,confirmed,processing,shipped,inTransit",
            "pending,confirmed,processing,shipped,inTransit,delivered,paymentReceived");
        delivered.Tracking.Should().BeEquivalentTo(new { Carrier = "Yobante Express", Number = "YB-2211" });
        delivered.Tracking.Updates.Single(u => u.Status == "inTransit").Should().BeEquivalentTo(new { Message = "Au dépôt de Rufisque", Location = "Rufisque" });
        delivered.PaymentStatus.Should().Be(PaymentStatus.Paid, "cash on delivery is paid when delivered");
    }

    [Fact]
    public async Task Another_user_watching_or_reading_the_order_is_refused_and_sees_nothing()
    {
        var (_, order) = await PlacedOrderAsync();
        var stranger = await ConnectAsync(await SignInAsAsync("user"));

        var watched = await stranger.SubscribeAsync(Api.Orders.SubscribeToOrderUpdates, new OrderIdArgs(order.Id), Within());
        await watched.ResultAsync(Within());
        var reading = () => stranger.QueryAsync(Api.Orders.GetOrder, new OrderIdArgs(order.Id), Within());
        var cancelling = () => stranger.MutateAsync(Api.Orders.CancelOrder, new CancelOrderArgs(order.Id, "pour voir"), Within());
        var moving = () => stranger.MutateAsync(Api.Orders.UpdateOrderStatus, new UpdateOrderStatusArgs(order.Id, OrderStatus.Confirmed), Within());

        watched.Error!.Code.Should().Be("NOT_FOUND");
        watched.Value.Should().BeNull("a denied subscription gets an error, never data");
        (await reading.Should().ThrowAsync<DakarCafeException>()).Which.Code.Should().Be("NOT_FOUND");
        (await cancelling.Should().ThrowAsync<DakarCafeException>()).Which.Code.Should().Be("NOT_FOUND");
        (await moving.Should().ThrowAsync<DakarCafeException>()).Which.Code.Should().Be(ErrorCodes.Forbidden);
        var missing = () => stranger.QueryAsync(Api.Orders.GetOrder, new OrderIdArgs(Guid.NewGuid()), Within());
        (await missing.Should().ThrowAsync<DakarCafeException>()).Which.Error.Message.Should().Be(watched.Error.Message, "a refusal reads like a missing order");
        (await _staff.QueryAsync(Api.Orders.GetOrder, new OrderIdArgs(order.Id), Within())).Status.Should().Be(OrderStatus.Pending);
    }

    [Fact]
    public async Task Cancelling_before_shipment_puts_the_stock_back()
    {
        var (customer, mine) = await PlacedOrderAsync(quantity: 3);
        var (_, other) = await PlacedOrderAsync(quantity: 2);
        (await StockAsync()).Should().Be(5);

        var byCustomer = await customer.MutateAsync(Api.Orders.CancelOrder, new CancelOrderArgs(mine.Id, "Commande en double"), Within());
        await MoveAsync(other, OrderStatus.Confirmed);
        await MoveAsync(other, OrderStatus.Processing);
        var byStaff = await MoveAsync(other, OrderStatus.Cancelled, reason: "Adresse introuvable");

        byCustomer.Status.Should().Be(OrderStatus.Cancelled);
        byCustomer.Tracking.Updates[^1].Message.Should().Contain("by the customer").And.Contain("Commande en double");
        byStaff.Tracking.Updates[^1].Message.Should().Contain("by the shop");
        (await StockAsync()).Should().Be(10);
    }

    [Fact]
    public async Task A_delivered_order_cannot_be_cancelled_and_stock_stays_sold()
    {
        var (customer, order) = await PlacedOrderAsync();
        foreach (var (status, carrier, number) in new[] { (OrderStatus.Confirmed, null, null), (OrderStatus.Processing, null, null),
                     (OrderStatus.Shipped, "Yobante Express", "YB-1"), (OrderStatus.Delivered, (string?)null, (string?)null) })
        {
            await MoveAsync(order, status, carrier, number);
        }

        var byStaff = () => MoveAsync(order, OrderStatus.Cancelled, reason: "trop tard");
        var byCustomer = () => customer.MutateAsync(Api.Orders.CancelOrder, new CancelOrderArgs(order.Id, "trop tard"), Within());

        var error = (await byStaff.Should().ThrowAsync<DakarCafeException>()).Which.Error;
        error.Code.Should().Be("INVALID_TRANSITION");
        error.Data.Should().Contain("\"from\":\"delivered\"").And.Contain("\"allowed\":[]");
        (await byCustomer.Should().ThrowAsync<DakarCafeException>()).Which.Code.Should().Be("INVALID_TRANSITION");
        (await StockAsync()).Should().Be(8);
        (await customer.QueryAsync(Api.Orders.GetOrder, new OrderIdArgs(order.Id), Within())).Status.Should().Be(OrderStatus.Delivered);
    }

    [Fact]
    public async Task Skipping_a_step_is_an_invalid_transition_and_changes_nothing()
    {
        var (customer, order) = await PlacedOrderAsync();

        var skipping = () => MoveAsync(order, OrderStatus.Shipped, "Yobante Express", "YB-1");

        var error = (await skipping.Should().ThrowAsync<DakarCafeException>()).Which.Error;
        error.Code.Should().Be("INVALID_TRANSITION");
        error.Data.Should().Contain("\"allowed\":[\"confirmed\",\"cancelled\"]");
        (await customer.QueryAsync(Api.Orders.GetOrder, new OrderIdArgs(order.Id), Within())).Tracking.Updates.Should().ContainSingle();
    }

    [Fact]
    public async Task Customers_cannot_move_their_own_orders_along()
    {
        var (customer, order) = await PlacedOrderAsync();

        var confirming = () => customer.MutateAsync(Api.Orders.UpdateOrderStatus, new UpdateOrderStatusArgs(order.Id, OrderStatus.Confirmed), Within());

        (await confirming.Should().ThrowAsync<DakarCafeException>()).Which.Code.Should().Be(ErrorCodes.Forbidden);
    }
}
