using DakarCafe.Engine.Errors;
using DakarCafe.Schema;
using DakarCafe.Schema.Orders;
using DakarCafe.Server.Orders;
using DakarCafe.Server.Orders.Events;

namespace DakarCafe.Server.Tests.Orders;

public sealed class OrderLifecycleTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 10, 0, 0, TimeSpan.Zero);

    private static Order OrderIn(OrderStatus status, PaymentMethod method = PaymentMethod.CashOnDelivery, PaymentStatus payment = PaymentStatus.Pending)
    {
        var placed = new OrderPlaced(Guid.NewGuid(), "DCE-2026-000001", [new OrderItem(Guid.NewGuid(), "Roma", 2, 3_500, 7_000)],
            new OrderTotals(7_000, 0, 1_260, 1_500, 9_760), method, TestOrders.Dakar(), null, Now);
        return OrderProjection.Apply(null, Guid.NewGuid(), placed) with { Status = status, PaymentStatus = payment };
    }

    private static UpdateOrderStatusArgs To(OrderStatus status) =>
        new(Guid.Empty, status, Carrier: "DHL Sénégal", TrackingNumber: "SN123", Reason: "Client injoignable");

    private static readonly (OrderStatus From, OrderStatus To)[] AllowedMoves =
    [
        (OrderStatus.Pending, OrderStatus.Confirmed),
        (OrderStatus.Pending, OrderStatus.Cancelled),
        (OrderStatus.Confirmed, OrderStatus.Processing),
        (OrderStatus.Confirmed, OrderStatus.Cancelled),
        (OrderStatus.Processing, OrderStatus.Shipped),
        (OrderStatus.Processing, OrderStatus.Cancelled),
        (OrderStatus.Shipped, OrderStatus.Delivered),
    ];

    public static TheoryData<OrderStatus, OrderStatus> Allowed => new(AllowedMoves);

    [Theory]
    [MemberData(nameof(Allowed))]
    public void Each_next_step_is_allowed_and_lands_the_order_in_that_status(OrderStatus from, OrderStatus to)
    {
        var order = OrderIn(from);

        var changed = OrderProjection.Apply(order, order.Id, OrderLifecycle.ChangeStatus(order, To(to), Now));

        changed.Status.Should().Be(to);
        changed.Tracking.Updates.Should().HaveCount(2);
        changed.Tracking.Updates[^1].Status.Should().Be(OrderLifecycle.Name(to));
    }

    [Fact]
    public void Every_other_move_is_an_invalid_transition_naming_the_allowed_ones()
    {
        var allowed = AllowedMoves.ToHashSet();
        var refused = 0;
        foreach (var from in Enum.GetValues<OrderStatus>())
        {
            foreach (var to in Enum.GetValues<OrderStatus>().Where(to => !allowed.Contains((from, to))))
            {
                var moving = () => OrderLifecycle.ChangeStatus(OrderIn(from), To(to), Now);
                moving.Should().Throw<AppError>($"{from} → {to}").Which.Code.Should().Be(ShopErrorCodes.InvalidTransition);
                refused++;
            }
        }

        refused.Should().Be(36 - 7);
    }

    [Fact]
    public void Shipping_needs_a_carrier_and_a_tracking_number_which_the_tracking_shows()
    {
        var order = OrderIn(OrderStatus.Processing);
        var withoutCarrier = () => OrderLifecycle.ChangeStatus(order, new UpdateOrderStatusArgs(order.Id, OrderStatus.Shipped, TrackingNumber: "SN1"), Now);
        withoutCarrier.Should().Throw<AppError>().Which.Details.Should().BeEquivalentTo(new { field = "carrier" });

        var shipped = OrderProjection.Apply(order, order.Id, OrderLifecycle.ChangeStatus(order, To(OrderStatus.Shipped), Now));

        shipped.Tracking.Should().BeEquivalentTo(new { Carrier = "DHL Sénégal", Number = "SN123" });
        shipped.Tracking.Updates[^1].Message.Should().Contain("DHL Sénégal").And.Contain("SN123");
    }

    [Fact]
    public void Staff_cancelling_must_give_a_reason()
    {
        var cancelling = () => OrderLifecycle.ChangeStatus(OrderIn(OrderStatus.Pending), new UpdateOrderStatusArgs(Guid.Empty, OrderStatus.Cancelled), Now);

        cancelling.Should().Throw<AppError>().Which.Details.Should().BeEquivalentTo(new { field = "reason" });
    }

    [Theory]
    [InlineData(PaymentMethod.Wave, PaymentStatus.Pending, false)]
    [InlineData(PaymentMethod.Card, PaymentStatus.Failed, false)]
    [InlineData(PaymentMethod.OrangeMoney, PaymentStatus.Paid, true)]
    [InlineData(PaymentMethod.CashOnDelivery, PaymentStatus.Pending, true)]
    public void A_prepaid_order_ships_only_once_paid(PaymentMethod method, PaymentStatus payment, bool ships)
    {
        var shipping = () => OrderLifecycle.ChangeStatus(OrderIn(OrderStatus.Processing, method, payment), To(OrderStatus.Shipped), Now);

        if (ships)
        {
            shipping.Should().NotThrow();
        }
        else
        {
            shipping.Should().Throw<AppError>().Which.Code.Should().Be(ShopErrorCodes.PaymentPending);
        }
    }

    [Theory]
    [InlineData(OrderStatus.Pending, true)]
    [InlineData(OrderStatus.Confirmed, true)]
    [InlineData(OrderStatus.Processing, false)]
    [InlineData(OrderStatus.Shipped, false)]
    [InlineData(OrderStatus.Delivered, false)]
    public void A_customer_may_cancel_only_before_preparation_starts(OrderStatus status, bool cancels)
    {
        var cancelling = () => OrderLifecycle.CancelByCustomer(OrderIn(status), "Je me suis trompé", Now);

        if (cancels)
        {
            cancelling.Should().NotThrow().Which.ByCustomer.Should().BeTrue();
        }
        else
        {
            cancelling.Should().Throw<AppError>().Which.Code.Should().Be(ShopErrorCodes.InvalidTransition);
        }
    }

    [Fact]
    public void Tracking_updates_are_only_for_shipped_orders()
    {
        var args = new AddTrackingUpdateArgs(Guid.Empty, "Arrivé au dépôt de Thiès", "Thiès");
        var early = () => OrderLifecycle.Track(OrderIn(OrderStatus.Processing), args, Now);
        early.Should().Throw<AppError>().Which.Code.Should().Be(ShopErrorCodes.InvalidTransition);

        var shipped = OrderIn(OrderStatus.Shipped);
        var tracked = OrderProjection.Apply(shipped, shipped.Id, OrderLifecycle.Track(shipped, args, Now));

        tracked.Status.Should().Be(OrderStatus.Shipped);
        tracked.Tracking.Updates[^1].Should().Be(new TrackingUpdate("inTransit", "Arrivé au dépôt de Thiès", Now, "Thiès"));
    }
}
