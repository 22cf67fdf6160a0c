namespace DakarCafe.Schema.Orders;

/// <summary>The arguments of <c>orders:cancelOrder</c>: a customer cancels their own order before it is prepared.</summary>
/// <param name="OrderId">The order.</param>
/// <param name="Reason">Why.</param>
public sealed record CancelOrderArgs(Guid OrderId, string Reason);
