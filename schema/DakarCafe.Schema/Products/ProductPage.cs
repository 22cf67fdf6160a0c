namespace DakarCafe.Schema.Products;

/// <summary>One page of products.</summary>
/// <param name="Items">The products of the page.</param>
/// <param name="Total">How many products match in all.</param>
/// <param name="NextCursor">Pass it as <c>cursor</c> to get the next page; null on the last page.</param>
public sealed record ProductPage(IReadOnlyList<Product> Items, int Total, string? NextCursor);
