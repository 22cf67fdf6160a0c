namespace DakarCafe.Schema.Products;

/// <summary>Arguments of <c>products:getProduct</c>: the id or the slug.</summary>
/// <param name="Id">The product id.</param>
/// <param name="Slug">The product slug.</param>
public sealed record GetProductArgs(Guid? Id = null, string? Slug = null);
