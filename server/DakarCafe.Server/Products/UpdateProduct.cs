using DakarCafe.Engine.Functions;
using DakarCafe.Schema.Files;
using DakarCafe.Schema.Products;
using DakarCafe.Server.Files;

namespace DakarCafe.Server.Products;

/// <summary><c>products:update</c> (admin): replaces the editable fields; rating, reviews and activity are kept.</summary>
internal static class UpdateProduct
{
    public static async Task<Product> HandleAsync(MutationContext ctx, UpdateProductArgs args, CancellationToken ct)
    {
        await CreateProduct.EnsureSlugIsFreeAsync(ctx, ProductRules.Slug(args.Product.Slug), args.ProductId, ct);
        var input = args.Product with { Images = await FileReferences.UploadedForAsync(ctx, args.Product.Images ?? [], UploadPurpose.ProductImage, "images", ct) };
        return await ProductChanges.ApplyAsync(ctx, args.ProductId, (p, now) => ProductRules.Update(p, input, now), ct);
    }
}
