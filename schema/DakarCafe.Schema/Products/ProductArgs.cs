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

/// <summary>An inclusive range of FCFA prices.</summary>
/// <param name="Min">The lowest price.</param>
/// <param name="Max">The highest price.</param>
public sealed record PriceRange(long Min, long Max);

/// <summary>The orders of a product list.</summary>
public enum ProductSort
{
    /// <summary>By name, A to Z.</summary>
    Name,

    /// <summary>By price, cheapest first.</summary>
    Price,

    /// <summary>By rating, best first.</summary>
    Rating,

    /// <summary>Newest first.</summary>
    Newest,
}

/// <summary>One page of products.</summary>
/// <param name="Items">The products of the page.</param>
/// <param name="Total">How many products match in all.</param>
/// <param name="NextCursor">Pass it as <c>cursor</c> to get the next page; null on the last page.</param>
public sealed record ProductPage(IReadOnlyList<Product> Items, int Total, string? NextCursor);

/// <summary>Arguments of <c>products:getProduct</c>: the id or the slug.</summary>
/// <param name="Id">The product id.</param>
/// <param name="Slug">The product slug.</param>
public sealed record GetProductArgs(Guid? Id = null, string? Slug = null);

/// <summary>Arguments of <c>products:getFeaturedProducts</c>.</summary>
/// <param name="Limit">At most this many (1 to 100, default 8).</param>
public sealed record GetFeaturedProductsArgs(int? Limit = null);

/// <summary>Arguments naming one product.</summary>
/// <param name="ProductId">The product id.</param>
public sealed record ProductIdArgs(Guid ProductId);

/// <summary>What a product page watches live: price, stock and availability.</summary>
/// <param name="ProductId">The product id.</param>
/// <param name="Price">The price in FCFA.</param>
/// <param name="OriginalPrice">The price before a discount.</param>
/// <param name="Stock">Units in stock.</param>
/// <param name="Availability">Whether it can be ordered.</param>
/// <param name="UpdatedAt">When the product last changed.</param>
public sealed record ProductLiveInfo(Guid ProductId, long Price, long? OriginalPrice, int Stock, Availability Availability, DateTimeOffset UpdatedAt);
