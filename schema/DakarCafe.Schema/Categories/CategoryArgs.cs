namespace DakarCafe.Schema.Categories;

/// <summary>Arguments of <c>categories:listCategories</c>: the children of a parent (the top level when null).</summary>
/// <param name="ParentId">The parent category.</param>
public sealed record ListCategoriesArgs(Guid? ParentId = null);

/// <summary>Arguments of <c>categories:getCategoryBySlug</c>.</summary>
/// <param name="Slug">The category slug.</param>
public sealed record CategorySlugArgs(string Slug);

/// <summary>A category with its active children, for the storefront's menu.</summary>
/// <param name="Category">The category.</param>
/// <param name="Children">Its subtree.</param>
public sealed record CategoryNode(Category Category, IReadOnlyList<CategoryNode> Children);

/// <summary>Arguments of <c>categories:create</c>.</summary>
/// <param name="Name">The name.</param>
/// <param name="Slug">The unique URL name.</param>
/// <param name="Description">A sentence about it.</param>
/// <param name="ParentId">The parent, or null for the top level.</param>
/// <param name="SortOrder">Order among siblings.</param>
public sealed record CategoryInput(string Name, string Slug, string? Description = null, Guid? ParentId = null, int SortOrder = 0);

/// <summary>Arguments of <c>categories:update</c>.</summary>
/// <param name="CategoryId">The category to change.</param>
/// <param name="Category">Its new fields.</param>
/// <param name="IsActive">False hides it.</param>
public sealed record UpdateCategoryArgs(Guid CategoryId, CategoryInput Category, bool IsActive = true);
