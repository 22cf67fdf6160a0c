using DakarCafe.Protocol;
using DakarCafe.Schema.Categories;

namespace DakarCafe.Schema;

public static partial class Api
{
    /// <summary>The <c>categories</c> module's functions.</summary>
    public static class Categories
    {
        /// <summary><c>categories:listCategories</c>: Categories, optionally those under one parent.</summary>
        public static QueryReference<ListCategoriesArgs, IReadOnlyList<Category>> ListCategories { get; } = new("categories:listCategories");

        /// <summary><c>categories:getCategoryBySlug</c>: One category by slug.</summary>
        public static QueryReference<CategorySlugArgs, Category> GetCategoryBySlug { get; } = new("categories:getCategoryBySlug");

        /// <summary><c>categories:getCategoryTree</c>: The whole category tree.</summary>
        public static QueryReference<NoArgs, IReadOnlyList<CategoryNode>> GetCategoryTree { get; } = new("categories:getCategoryTree");

        /// <summary><c>categories:create</c>: Adds a category (admin).</summary>
        public static MutationReference<CategoryInput, Guid> Create { get; } = new("categories:create");

        /// <summary><c>categories:update</c>: Changes a category (admin).</summary>
        public static MutationReference<UpdateCategoryArgs, Category> Update { get; } = new("categories:update");
    }
}
