namespace DakarCafe.Schema.Orders;

/// <summary>A product and a quantity to order.</summary>
/// <param name="ProductId">The product.</param>
/// <param name="Quantity">How many (1 to 999).</param>
public sealed record OrderItemInput(Guid ProductId, int Quantity);
