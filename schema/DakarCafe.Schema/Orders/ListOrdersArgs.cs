namespace DakarCafe.Schema.Orders;

/// <summary>The arguments of <c>orders:listOrders</c> (staff): all orders, newest first.</summary>
/// <param name="Status">Only orders in this status.</param>
/// <param name="From">Only orders placed at or after this time (UTC).</param>
/// <param name="To">Only orders placed before this time (UTC).</param>
/// <param name="Limit">Page size (1 to 100, 20 by default).</param>
/// <param name="Offset">Orders to skip.</param>
public sealed record ListOrdersArgs(OrderStatus? Status = null, DateTimeOffset? From = null, DateTimeOffset? To = null, int? Limit = null, int? Offset = null);
