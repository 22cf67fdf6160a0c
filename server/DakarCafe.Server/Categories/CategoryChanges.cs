using DakarCafe.Engine.Errors;
using DakarCafe.Engine.Functions;
using DakarCafe.Protocol;
using DakarCafe.Schema;
using DakarCafe.Schema.Categories;
using DakarCafe.Schema.Files;
using DakarCafe.Server.Files;
using DakarCafe.Server.Products;

namespace DakarCafe.Server.Categories;

/// <summary>Admin edits of the tree: unique slugs, an existing parent, and no category under itself.</summary>
internal static class CategoryChanges
{
    public static async Task<Guid> CreateAsync(MutationContext ctx, CategoryInput args, CancellationToken ct)
    {
        var now = ctx.Time.GetUtcNow();
        var category = await CheckAsync(ctx, Guid.NewGuid(), args, ct);
        var image = await FileReferences.UploadedForAsync(ctx, args.Image, UploadPurpose.CategoryImage, "image", ct);
        ctx.Store(new Category(category, args.Name.Trim(), args.Slug, args.Description, image, args.ParentId, true, args.SortOrder, now, now));
        return category;
    }

    public static async Task<Category> UpdateAsync(MutationContext ctx, UpdateCategoryArgs args, CancellationToken ct)
    {
        var existing = await ctx.LoadAsync<Category>(args.CategoryId, ct) ?? throw new AppError(ErrorCodes.NotFound, "No such category.", new { field = "categoryId" });
        await CheckAsync(ctx, existing.Id, args.Category, ct);
        var updated = existing with
        {
            Name = args.Category.Name.Trim(),
            Slug = args.Category.Slug,
            Description = args.Category.Description,
            Image = await FileReferences.UploadedForAsync(ctx, args.Category.Image, UploadPurpose.CategoryImage, "image", ct),
            ParentId = args.Category.ParentId,
            SortOrder = args.Category.SortOrder,
            IsActive = args.IsActive,
            UpdatedAt = ctx.Time.GetUtcNow(),
        };
        ctx.Store(updated);
        return updated;
    }

    private static async Task<Guid> CheckAsync(MutationContext ctx, Guid id, CategoryInput input, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(input.Name) || input.Name.Length > 100)
        {
            throw AppError.Validation("name", "A name of 1 to 100 characters is required.");
        }

        var slug = ProductRules.Slug(input.Slug);
        if (await ctx.FirstOrDefaultAsync<Category>(q => q.Where(c => c.Slug == slug && c.Id != id), ct) is not null)
        {
            throw new AppError(ShopErrorCodes.SlugTaken, $"Another category already uses the slug '{slug}'.", new { field = "slug" });
        }

        for (var parent = input.ParentId; parent is { } parentId;)
        {
            if (parentId == id)
            {
                throw AppError.Validation("parentId", "A category cannot be placed under itself.");
            }

            parent = (await ctx.LoadAsync<Category>(parentId, ct) ?? throw new AppError(ErrorCodes.NotFound, "No such parent category.", new { field = "parentId" })).ParentId;
        }

        return id;
    }
}
