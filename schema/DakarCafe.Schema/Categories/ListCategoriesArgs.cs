namespace DakarCafe.Schema.Categories;

/// <summary>Arguments of <c>categories:listCategories</c>: the children of a parent (the top level when null).</summary>
/// <param name="ParentId">The parent category.</param>
public sealed record ListCategoriesArgs(Guid? ParentId = null);
