namespace DakarCafe.Schema.Orders;

/// <summary>One line of an order, as it was when ordered.</summary>
/// <param name="ProductId">The product.</param>
/// <param name="Name">The product's name when ordered.</param>
/// <param name="Quantity">How many.</param>
/// <param name="Price">The unit price when ordered (FCFA).</param>
/// <param name="Total">Price × quantity (FCFA).</param>
public sealed record OrderItem(Guid ProductId, string Name, int Quantity, long Price, long Total);
