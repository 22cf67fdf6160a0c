namespace DakarCafe.Schema.Products;

/// <summary>Arguments of <c>products:adjustStock</c>.</summary>
/// <param name="ProductId">The product.</param>
/// <param name="Delta">Units to add (positive) or remove (negative); stock never goes below zero.</param>
public sealed record AdjustStockArgs(Guid ProductId, int Delta);
