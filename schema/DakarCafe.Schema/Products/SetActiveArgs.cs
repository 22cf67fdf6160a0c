namespace DakarCafe.Schema.Products;

/// <summary>Arguments of <c>products:setActive</c>.</summary>
/// <param name="ProductId">The product.</param>
/// <param name="IsActive">False hides it from shoppers.</param>
public sealed record SetActiveArgs(Guid ProductId, bool IsActive);
