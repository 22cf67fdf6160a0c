namespace DakarCafe.Schema.Cart;

/// <summary>A product in a cart.</summary>
/// <param name="ProductId">The product.</param>
/// <param name="Quantity">How many (positive).</param>
/// <param name="AddedAt">When it was first added (UTC).</param>
/// <param name="PriceWhenAdded">The unit price when added, to flag a change since.</param>
public sealed record CartItem(Guid ProductId, int Quantity, DateTimeOffset AddedAt, long PriceWhenAdded);
