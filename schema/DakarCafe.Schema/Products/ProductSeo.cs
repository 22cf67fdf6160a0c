namespace DakarCafe.Schema.Products;

/// <summary>How a product appears to search engines.</summary>
/// <param name="Slug">The unique URL name: lower-case letters, digits and dashes.</param>
/// <param name="MetaTitle">The page title.</param>
/// <param name="MetaDescription">The page description.</param>
/// <param name="Keywords">Search keywords.</param>
public sealed record ProductSeo(string Slug, string? MetaTitle, string? MetaDescription, IReadOnlyList<string> Keywords);
