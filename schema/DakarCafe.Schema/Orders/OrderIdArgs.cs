namespace DakarCafe.Schema.Orders;

/// <summary>The arguments of the functions that take one order.</summary>
/// <param name="OrderId">The order.</param>
public sealed record OrderIdArgs(Guid OrderId);
