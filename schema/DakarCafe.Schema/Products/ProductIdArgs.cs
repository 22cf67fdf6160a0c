namespace DakarCafe.Schema.Products;

/// <summary>Arguments naming one product.</summary>
/// <param name="ProductId">The product id.</param>
public sealed record ProductIdArgs(Guid ProductId);
