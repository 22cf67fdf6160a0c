namespace DakarCafe.Schema.Products;

/// <summary>Arguments of <c>products:update</c>.</summary>
/// <param name="ProductId">The product to change.</param>
/// <param name="Product">Its new fields.</param>
public sealed record UpdateProductArgs(Guid ProductId, ProductInput Product);
