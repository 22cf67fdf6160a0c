namespace DakarCafe.Server.Orders;

/// <summary>What an order costs, in whole FCFA: <c>Total = Subtotal - Discount + Tax + Shipping</c>.</summary>
internal sealed record OrderTotals(long Subtotal, long Discount, long Tax, long Shipping, long Total);
