namespace DakarCafe.Schema.Products;

/// <summary>What a product page watches live: price, stock and availability.</summary>
/// <param name="ProductId">The product id.</param>
/// <param name="Price">The price in FCFA.</param>
/// <param name="OriginalPrice">The price before a discount.</param>
/// <param name="Stock">Units in stock.</param>
/// <param name="Availability">Whether it can be ordered.</param>
/// <param name="UpdatedAt">When the product last changed.</param>
public sealed record ProductLiveInfo(Guid ProductId, long Price, long? OriginalPrice, int Stock, Availability Availability, DateTimeOffset UpdatedAt);
