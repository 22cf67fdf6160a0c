namespace DakarCafe.Schema.Products;

/// <summary>A product of the catalog: the seed's <c>products</c> table. Prices are whole FCFA.</summary>
/// <param name="Id">The product id.</param>
/// <param name="Name">The name, such as "Ristretto Intenso".</param>
/// <param name="Description">The full description (French or English text; searched by the full-text index).</param>
/// <param name="ShortDescription">One line for lists.</param>
/// <param name="Price">The price in FCFA.</param>
/// <param name="OriginalPrice">The price before a discount, in FCFA, when discounted.</param>
/// <param name="Category">Capsules, machines or accessories.</param>
/// <param name="Subcategory">The slug of a category of the tree under the top-level one, such as "espresso".</param>
/// <param name="Brand">The brand.</param>
/// <param name="Images">Storage ids of the product's images.</param>
/// <param name="Specifications">Weight, dimensions, material, colour, compatibility and intensity.</param>
/// <param name="Inventory">Stock and its threshold.</param>
/// <param name="Seo">Slug and metadata for the web storefront.</param>
/// <param name="Tags">Free tags.</param>
/// <param name="Rating">The average rating (0 to 5), maintained from reviews.</param>
/// <param name="ReviewCount">The number of visible reviews.</param>
/// <param name="IsActive">False hides the product from shoppers.</param>
/// <param name="IsFeatured">Shown on the home page.</param>
/// <param name="IsNew">Marked as new.</param>
/// <param name="IsBestSeller">Marked as a best seller.</param>
/// <param name="SortOrder">Manual order within lists.</param>
/// <param name="CreatedAt">When created (UTC).</param>
/// <param name="UpdatedAt">When last changed (UTC).</param>
public sealed record Product(
    Guid Id,
    string Name,
    string Description,
    string ShortDescription,
    long Price,
    long? OriginalPrice,
    ProductCategory Category,
    string? Subcategory,
    string? Brand,
    IReadOnlyList<string> Images,
    ProductSpecifications Specifications,
    ProductInventory Inventory,
    ProductSeo Seo,
    IReadOnlyList<string> Tags,
    decimal Rating,
    int ReviewCount,
    bool IsActive,
    bool IsFeatured,
    bool IsNew,
    bool IsBestSeller,
    int SortOrder,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    /// <summary>Whether a shopper can order it now.</summary>
    public Availability Availability => !IsActive ? Availability.Unavailable
        : !Inventory.IsTracked || Inventory.Stock > Inventory.LowStockThreshold ? Availability.InStock
        : Inventory.Stock > 0 ? Availability.LowStock
        : Availability.OutOfStock;
}
