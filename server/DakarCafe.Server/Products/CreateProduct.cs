using DakarCafe.Engine.Errors;
using DakarCafe.Engine.Functions;
using DakarCafe.Schema;
using DakarCafe.Schema.Files;
using DakarCafe.Schema.Products;
using DakarCafe.Server.Files;

namespace DakarCafe.Server.Products;

/// <summary><c>products:create</c> (admin): a new active product with a unique slug.</summary>
internal static class CreateProduct
{
    public static async Task<Guid> HandleAsync(MutationContext ctx, ProductInput args, CancellationToken ct)
    {
        var images = await FileReferences.UploadedForAsync(ctx, args.Images ?? [], UploadPurpose.ProductImage, "images", ct);
        var product = ProductRules.Create(Guid.NewGuid(), args with { Images = images }, ctx.Time.GetUtcNow());
        await EnsureSlugIsFreeAsync(ctx, product.Seo.Slug, product.Id, ct);
        ctx.Store(product);
        return product.Id;
    }

    public static async Task EnsureSlugIsFreeAsync(MutationContext ctx, string slug, Guid self, CancellationToken ct)
    {
        if (await ctx.FirstOrDefaultAsync<Product>(q => q.Where(p => p.Seo.Slug == slug && p.Id != self), ct) is not null)
        {
            throw new AppError(ShopErrorCodes.SlugTaken, $"Another product already uses the slug '{slug}'.", new { field = "slug" });
        }
    }
}
