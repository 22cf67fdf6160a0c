using DakarCafe.Engine.Errors;
using DakarCafe.Schema;
using DakarCafe.Schema.Orders;
using DakarCafe.Server.Orders.Events;

namespace DakarCafe.Server.Orders;

/// <summary>
/// The life of an order, pure: pending → confirmed → processing → shipped → delivered, and cancelled from any step
/// before shipping. Anything else is <c>INVALID_TRANSITION</c>. Prepaid orders (mobile money, card) ship only once
/// paid; cash on delivery is paid when delivered.
/// </summary>
internal static class OrderLifecycle
{

    private static readonly Dictionary<OrderStatus, OrderStatus[]> Next = new()
    {
        [OrderStatus.Pending] = [OrderStatus.Confirmed, OrderStatus.Cancelled],
        [OrderStatus.Confirmed] = [OrderStatus.Processing, OrderStatus.Cancelled],
        [OrderStatus.Processing] = [OrderStatus.Shipped, OrderStatus.Cancelled],
        [OrderStatus.Shipped] = [OrderStatus.Delivered],
        [OrderStatus.Delivered] = [],
        [OrderStatus.Cancelled] = [],
    };

    /// <summary>The statuses a customer may still cancel from: before the order is being prepared.</summary>
    private static readonly OrderStatus[] CustomerCancellable = [OrderStatus.Pending, OrderStatus.Confirmed];

    /// <summary>The event that moves <paramref name="order"/> to the status staff asked for.</summary>
    public static IOrderEvent ChangeStatus(Order order, UpdateOrderStatusArgs args, DateTimeOffset now)
    {
        if (!Next[order.Status].Contains(args.Status))
        {
            throw new AppError(ShopErrorCodes.InvalidTransition, $"An order that is {Name(order.Status)} cannot become {Name(args.Status)}.",
                new { field = "status", from = Name(order.Status), to = Name(args.Status), allowed = Next[order.Status].Select(Name).ToArray() });
        }

        var message = FreeText.Optional(args.Message, "message", 500);
        var location = FreeText.Optional(args.Location, "location", 200);
        return args.Status switch
        {
            OrderStatus.Confirmed => new OrderConfirmed(message, now),
            OrderStatus.Processing => new OrderProcessingStarted(message, now),
            OrderStatus.Shipped => Ship(order, args, message, location, now),
            OrderStatus.Delivered => new OrderDelivered(message, location, now),
            _ => new OrderCancelled(FreeText.Required(args.Reason, "reason", 500), ByCustomer: false, now),
        };
    }

    /// <summary>The customer's own cancellation, allowed until the shop starts preparing the order.</summary>
    public static OrderCancelled CancelByCustomer(Order order, string reason, DateTimeOffset now) =>
        CustomerCancellable.Contains(order.Status)
            ? new OrderCancelled(FreeText.Required(reason, "reason", 500), ByCustomer: true, now)
            : throw new AppError(ShopErrorCodes.InvalidTransition, $"An order that is {Name(order.Status)} can no longer be cancelled; contact the shop.",
                new { field = "orderId", from = Name(order.Status), to = Name(OrderStatus.Cancelled) });

    /// <summary>News of a shipped order on its way.</summary>
    public static TrackingUpdated Track(Order order, AddTrackingUpdateArgs args, DateTimeOffset now) => order.Status == OrderStatus.Shipped
        ? new TrackingUpdated(FreeText.Required(args.Message, "message", 500), FreeText.Optional(args.Location, "location", 200), now)
        : throw new AppError(ShopErrorCodes.InvalidTransition, $"Tracking updates are for shipped orders; this one is {Name(order.Status)}.",
            new { field = "orderId", from = Name(order.Status) });

    public static string Name(OrderStatus status) => Protocol.WireJson.Options.PropertyNamingPolicy!.ConvertName(status.ToString());

    private static OrderShipped Ship(Order order, UpdateOrderStatusArgs args, string? message, string? location, DateTimeOffset now)
    {
        if (order.PaymentMethod != PaymentMethod.CashOnDelivery && order.PaymentStatus != PaymentStatus.Paid)
        {
            throw new AppError(ShopErrorCodes.PaymentPending, "This order is paid in advance and its payment has not arrived yet.", new { field = "status" });
        }

        return new OrderShipped(FreeText.Required(args.Carrier, "carrier", 100), FreeText.Required(args.TrackingNumber, "trackingNumber", 100), message, location, now);
    }
}
