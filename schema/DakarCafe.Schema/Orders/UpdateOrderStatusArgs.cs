namespace DakarCafe.Schema.Orders;

/// <summary>The arguments of <c>orders:updateOrderStatus</c> (staff).</summary>
/// <param name="OrderId">The order.</param>
/// <param name="Status">The status to move to; only the next steps of the order's life are allowed.</param>
/// <param name="Carrier">The carrier, required when shipping.</param>
/// <param name="TrackingNumber">The carrier's tracking number, required when shipping.</param>
/// <param name="Reason">Why, required when cancelling.</param>
/// <param name="Message">A message for the customer's tracking page, instead of the default one.</param>
/// <param name="Location">Where the order is, for the tracking page.</param>
public sealed record UpdateOrderStatusArgs(
    Guid OrderId, OrderStatus Status, string? Carrier = null, string? TrackingNumber = null, string? Reason = null, string? Message = null,
    string? Location = null);
