namespace DakarCafe.Schema.Orders;

/// <summary>The arguments of <c>orders:getUserOrders</c>.</summary>
/// <param name="UserId">Whose orders; the caller's when omitted. Only admins may name another user.</param>
/// <param name="Limit">Page size (1 to 100, 20 by default).</param>
/// <param name="Offset">Orders to skip.</param>
public sealed record GetUserOrdersArgs(Guid? UserId = null, int? Limit = null, int? Offset = null);
