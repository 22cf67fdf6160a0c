namespace DakarCafe.Schema.Orders;

/// <summary>A page of orders, newest first.</summary>
/// <param name="Items">The orders of the page.</param>
/// <param name="Total">How many orders match in all.</param>
public sealed record OrderPage(IReadOnlyList<Order> Items, int Total);
