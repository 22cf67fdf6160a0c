namespace DakarCafe.Schema.Products;

/// <summary>Arguments of <c>products:setPrice</c>.</summary>
/// <param name="ProductId">The product.</param>
/// <param name="Price">The new price in FCFA (positive).</param>
/// <param name="OriginalPrice">The price shown struck through, when discounted.</param>
public sealed record SetPriceArgs(Guid ProductId, long Price, long? OriginalPrice = null);
