using DakarCafe.Schema.Orders;
using DakarCafe.Server.Orders.Events;
using JasperFx.Events;
using Marten.Events.Aggregation;

namespace DakarCafe.Server.Orders;

/// <summary>
/// The order document (the seed's <c>orders</c> table) folded from the order's event stream, inline: it is written
/// in the same transaction as the events, so the engine's commit log sees it and pushes it to whoever watches the
/// order. Every event adds a step to <c>tracking.updates</c>, keyed by a stable status for the apps to translate.
/// </summary>
internal sealed class OrderProjection : SingleStreamProjection<Order, Guid>
{
    public OrderProjection() => IncludeType<IOrderEvent>();

    public override Order? Evolve(Order? snapshot, Guid id, IEvent e) => Apply(snapshot, id, e.Data);

    /// <summary>The order after one more event; the handlers use it to answer with the order they just changed.</summary>
    public static Order Apply(Order? order, Guid id, object @event) => (order, @event) switch
    {
        (null, OrderPlaced e) => new Order(
            id, e.UserId, e.OrderNumber, e.Items, e.Totals.Subtotal, e.Totals.Shipping, e.Totals.Tax, e.Totals.Discount, e.Totals.Total, "FCFA",
            OrderStatus.Pending, PaymentStatus.Pending, e.PaymentMethod, e.DeliveryAddress,
            new OrderTracking(null, null, [new TrackingUpdate("pending", $"Order {e.OrderNumber} placed", e.At)]), e.Notes, e.At, e.At),
        (null, _) => throw new InvalidOperationException($"Order stream {id} does not start with {nameof(OrderPlaced)}."),
        (_, OrderConfirmed e) => Step(order, OrderStatus.Confirmed, "confirmed", e.Message ?? "Order confirmed", null, e.At),
        (_, OrderProcessingStarted e) => Step(order, OrderStatus.Processing, "processing", e.Message ?? "Order being prepared", null, e.At),
        (_, OrderShipped e) => Step(order with { Tracking = order.Tracking with { Carrier = e.Carrier, Number = e.TrackingNumber } }, OrderStatus.Shipped,
            "shipped", e.Message ?? $"Shipped with {e.Carrier}, tracking number {e.TrackingNumber}", e.Location, e.At),
        (_, TrackingUpdated e) => Step(order, order.Status, "inTransit", e.Message, e.Location, e.At),
        (_, OrderDelivered e) => Step(order, OrderStatus.Delivered, "delivered", e.Message ?? "Order delivered", e.Location, e.At),
        (_, OrderCancelled e) => Step(order, OrderStatus.Cancelled, "cancelled",
            $"Order cancelled {(e.ByCustomer ? "by the customer" : "by the shop")}: {e.Reason}", null, e.At),
        (_, PaymentReceived e) => Step(order with { PaymentStatus = PaymentStatus.Paid }, order.Status, "paymentReceived",
            $"Payment of {e.Amount} FCFA received", null, e.At),
        (_, PaymentFailed e) => Step(order with { PaymentStatus = PaymentStatus.Failed }, order.Status, "paymentFailed", $"Payment failed: {e.Reason}", null, e.At),
        (_, PaymentRefunded e) => Step(order with { PaymentStatus = PaymentStatus.Refunded }, order.Status, "paymentRefunded", $"{e.Amount} FCFA refunded",
            null, e.At),
        _ => order,
    };

    private static Order Step(Order order, OrderStatus status, string key, string message, string? location, DateTimeOffset at) => order with
    {
        Status = status,
        Tracking = order.Tracking with { Updates = [.. order.Tracking.Updates, new TrackingUpdate(key, message, at, location)] },
        UpdatedAt = at,
    };
}
