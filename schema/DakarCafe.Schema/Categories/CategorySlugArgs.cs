namespace DakarCafe.Schema.Categories;

/// <summary>Arguments of <c>categories:getCategoryBySlug</c>.</summary>
/// <param name="Slug">The category slug.</param>
public sealed record CategorySlugArgs(string Slug);
