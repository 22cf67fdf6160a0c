namespace DakarCafe.Schema.Categories;

/// <summary>A category with its active children, for the storefront's menu.</summary>
/// <param name="Category">The category.</param>
/// <param name="Children">Its subtree.</param>
public sealed record CategoryNode(Category Category, IReadOnlyList<CategoryNode> Children);
