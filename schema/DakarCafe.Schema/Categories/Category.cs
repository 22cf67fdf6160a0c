namespace DakarCafe.Schema.Categories;

/// <summary>A category of the catalog tree: the seed's <c>categories</c> table.</summary>
/// <param name="Id">The category id.</param>
/// <param name="Name">The name shown, such as "Espresso".</param>
/// <param name="Slug">The unique URL name.</param>
/// <param name="Description">A sentence about it.</param>
/// <param name="Image">A storage id.</param>
/// <param name="ParentId">The parent category; null at the top of the tree.</param>
/// <param name="IsActive">False hides it from shoppers.</param>
/// <param name="SortOrder">Order among its siblings.</param>
/// <param name="CreatedAt">When created (UTC).</param>
/// <param name="UpdatedAt">When last changed (UTC).</param>
public sealed record Category(
    Guid Id, string Name, string Slug, string? Description, string? Image, Guid? ParentId, bool IsActive, int SortOrder,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);
