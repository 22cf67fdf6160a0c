namespace DakarCafe.Schema.Products;

/// <summary>Arguments of <c>products:getFeaturedProducts</c>.</summary>
/// <param name="Limit">At most this many (1 to 100, default 8).</param>
public sealed record GetFeaturedProductsArgs(int? Limit = null);
