namespace DakarCafe.Schema.Products;

/// <summary>Arguments of <c>products:create</c> and, with an id, <c>products:update</c>: everything an admin edits.</summary>
/// <param name="Name">The name.</param>
/// <param name="Description">The full description.</param>
/// <param name="ShortDescription">One line for lists.</param>
/// <param name="Price">The price in FCFA (positive).</param>
/// <param name="OriginalPrice">The price before a discount.</param>
/// <param name="Category">The top-level category.</param>
/// <param name="Subcategory">A category slug under it.</param>
/// <param name="Brand">The brand.</param>
/// <param name="Images">Storage ids.</param>
/// <param name="Specifications">Technical details.</param>
/// <param name="Inventory">Stock settings.</param>
/// <param name="Slug">The unique URL name.</param>
/// <param name="Tags">Free tags.</param>
/// <param name="IsFeatured">Shown on the home page.</param>
/// <param name="IsNew">Marked as new.</param>
/// <param name="IsBestSeller">Marked as a best seller.</param>
/// <param name="SortOrder">Manual order.</param>
public sealed record ProductInput(
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
    string Slug,
    IReadOnlyList<string> Tags,
    bool IsFeatured = false,
    bool IsNew = false,
    bool IsBestSeller = false,
    int SortOrder = 0);
