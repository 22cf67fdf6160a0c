namespace DakarCafe.Schema.Products;

/// <summary>A product's stock.</summary>
/// <param name="Stock">Units in stock; never negative.</param>
/// <param name="LowStockThreshold">At or under this, the product shows as low stock.</param>
/// <param name="IsTracked">False for products sold without stock limits.</param>
public sealed record ProductInventory(int Stock, int LowStockThreshold, bool IsTracked);
