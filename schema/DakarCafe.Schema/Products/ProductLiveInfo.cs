namespace DakarCafe.Schema.Products;

/// <summary>What a product page watches live: price, stock, availability and rating.</summary>
/// <param name="ProductId">The product id.</param>
/// <param name="Price">The price in FCFA.</param>
/// <param name="OriginalPrice">The price before a discount.</param>
/// <param name="Stock">Units in stock.</param>
/// <param name="Availability">Whether it can be ordered.</param>
/// <param name="Rating">The average rating (0 to 5).</param>
/// <param name="ReviewCount">How many visible reviews.</param>
/// <param name="UpdatedAt">When the product last changed.</param>
public sealed record ProductLiveInfo(Guid ProductId, long Price, long? OriginalPrice, int Stock, Availability Availability, decimal Rating, int ReviewCount,
    DateTimeOffset UpdatedAt);
