using DakarCafe.Schema.Orders;

namespace DakarCafe.Server.Orders.Events;

/// <summary>A customer placed an order: the first event of its stream, carrying everything the order starts from.</summary>
internal sealed record OrderPlaced(
    Guid UserId, string OrderNumber, IReadOnlyList<OrderItem> Items, OrderTotals Totals, PaymentMethod PaymentMethod, DeliveryAddress DeliveryAddress,
    string? Notes, DateTimeOffset At) : IOrderEvent;
