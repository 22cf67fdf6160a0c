namespace DakarCafe.Schema.Cart;

/// <summary>One line of a cart as shown.</summary>
/// <param name="ProductId">The product.</param>
/// <param name="Name">Its current name.</param>
/// <param name="Image">Its first image.</param>
/// <param name="UnitPrice">Its current price.</param>
/// <param name="Quantity">How many.</param>
/// <param name="LineTotal">Unit price × quantity.</param>
/// <param name="PriceChanged">True when the price differs from when it was added.</param>
/// <param name="StockShort">True when fewer are in stock than the quantity, or the product is no longer sold.</param>
public sealed record CartLine(Guid ProductId, string Name, string? Image, long UnitPrice, int Quantity, long LineTotal, bool PriceChanged, bool StockShort);
