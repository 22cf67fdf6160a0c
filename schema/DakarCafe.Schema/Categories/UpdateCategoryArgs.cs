namespace DakarCafe.Schema.Categories;

/// <summary>Arguments of <c>categories:update</c>.</summary>
/// <param name="CategoryId">The category to change.</param>
/// <param name="Category">Its new fields.</param>
/// <param name="IsActive">False hides it.</param>
public sealed record UpdateCategoryArgs(Guid CategoryId, CategoryInput Category, bool IsActive = true);
