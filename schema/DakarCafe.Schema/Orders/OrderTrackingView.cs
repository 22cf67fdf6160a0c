namespace DakarCafe.Schema.Orders;

/// <summary>What a customer's tracking page shows, live: <c>orders:subscribeToOrderUpdates</c>.</summary>
/// <param name="OrderId">The order.</param>
/// <param name="OrderNumber">Its number, such as DCE-2026-000123.</param>
/// <param name="Status">Where the order is.</param>
/// <param name="PaymentStatus">Where its payment is.</param>
/// <param name="Tracking">Carrier, tracking number and every update so far, oldest first.</param>
/// <param name="Total">What the customer pays (FCFA).</param>
/// <param name="UpdatedAt">When it last changed (UTC).</param>
public sealed record OrderTrackingView(
    Guid OrderId, string OrderNumber, OrderStatus Status, PaymentStatus PaymentStatus, OrderTracking Tracking, long Total, DateTimeOffset UpdatedAt);
