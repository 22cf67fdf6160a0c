using DakarCafe.Engine;
using DakarCafe.Engine.Errors;
using DakarCafe.Engine.Functions;
using DakarCafe.Protocol;
using DakarCafe.Schema;
using DakarCafe.Schema.Categories;
using DakarCafe.Server.Products;

namespace DakarCafe.Server.Categories;

/// <summary>The category tree: shoppers list it by parent, look it up by slug or take it whole; admins edit it.</summary>
internal static class CategoriesModule
{
    public static void Register(EngineBuilder engine)
    {
        engine.Document<Category>(category => category.UniqueIndex(c => c.Slug).Index(c => c.ParentId));
        var f = engine.Functions;
        f.Query(Api.Categories.ListCategories, AccessRule.Public, (ctx, args, ct) =>
            ctx.ListAsync<Category>(q => q.Where(c => c.ParentId == args.ParentId && c.IsActive).OrderBy(c => c.SortOrder).ThenBy(c => c.Name), ct));
        f.Query(Api.Categories.GetCategoryBySlug, AccessRule.Public, async (ctx, args, ct) =>
        {
            var slug = ProductRules.Slug(args.Slug);
            return await ctx.FirstOrDefaultAsync<Category>(q => q.Where(c => c.Slug == slug && c.IsActive), ct)
                ?? throw new AppError(ErrorCodes.NotFound, "No such category.", new { field = "slug" });
        });
        f.Query(Api.Categories.GetCategoryTree, AccessRule.Public, async (ctx, _, ct) =>
            CategoryTree.Build(await ctx.ListAsync<Category>(q => q.Where(c => c.IsActive), ct)));
        f.Mutation(Api.Categories.Create, AccessRule.Admin, CategoryChanges.CreateAsync);
        f.Mutation(Api.Categories.Update, AccessRule.Admin, CategoryChanges.UpdateAsync);
    }
}
