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

/// <summary>Arguments of <c>products:update</c>.</summary>
/// <param name="ProductId">The product to change.</param>
/// <param name="Product">Its new fields.</param>
public sealed record UpdateProductArgs(Guid ProductId, ProductInput Product);

/// <summary>Arguments of <c>products:setPrice</c>.</summary>
/// <param name="ProductId">The product.</param>
/// <param name="Price">The new price in FCFA (positive).</param>
/// <param name="OriginalPrice">The price shown struck through, when discounted.</param>
public sealed record SetPriceArgs(Guid ProductId, long Price, long? OriginalPrice = null);

/// <summary>Arguments of <c>products:adjustStock</c>.</summary>
/// <param name="ProductId">The product.</param>
/// <param name="Delta">Units to add (positive) or remove (negative); stock never goes below zero.</param>
public sealed record AdjustStockArgs(Guid ProductId, int Delta);

/// <summary>Arguments of <c>products:setActive</c>.</summary>
/// <param name="ProductId">The product.</param>
/// <param name="IsActive">False hides it from shoppers.</param>
public sealed record SetActiveArgs(Guid ProductId, bool IsActive);
