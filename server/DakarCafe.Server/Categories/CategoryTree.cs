using DakarCafe.Schema.Categories;

namespace DakarCafe.Server.Categories;

/// <summary>Builds the nested tree from the flat list; a category whose parent is missing or inactive is left out with its subtree.</summary>
internal static class CategoryTree
{
    public static IReadOnlyList<CategoryNode> Build(IReadOnlyList<Category> categories)
    {
        var children = categories.ToLookup(c => c.ParentId);
        IReadOnlyList<CategoryNode> Under(Guid? parent) =>
            children[parent].OrderBy(c => c.SortOrder).ThenBy(c => c.Name, StringComparer.Ordinal).Select(c => new CategoryNode(c, Under(c.Id))).ToList();
        return Under(null);
    }
}
