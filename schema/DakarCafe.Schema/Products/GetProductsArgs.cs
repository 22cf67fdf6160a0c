namespace DakarCafe.Schema.Products;

/// <summary>Arguments of <c>products:getProducts</c>.</summary>
/// <param name="Category">Only this category.</param>
/// <param name="Search">Words to find in the name or description (French or English).</param>
/// <param name="PriceRange">Only prices within this range (FCFA, inclusive).</param>
/// <param name="SortBy">name, price, rating or newest (default: name).</param>
/// <param name="Limit">Page size, 1 to 100 (default 20).</param>
/// <param name="Offset">Products to skip (ignored with a cursor).</param>
/// <param name="Cursor">The <see cref="ProductPage.NextCursor"/> of the previous page, for stable paging.</param>
public sealed record GetProductsArgs(
    ProductCategory? Category = null,
    string? Search = null,
    PriceRange? PriceRange = null,
    ProductSort? SortBy = null,
    int? Limit = null,
    int? Offset = null,
    string? Cursor = null);
