using DakarCafe.Engine.Functions;
using DakarCafe.Schema.Products;

namespace DakarCafe.Server.Products;

/// <summary><c>products:update</c> (admin): replaces the editable fields; rating, reviews and activity are kept.</summary>
internal static class UpdateProduct
{
    public static async Task<Product> HandleAsync(MutationContext ctx, UpdateProductArgs args, CancellationToken ct)
    {
        await CreateProduct.EnsureSlugIsFreeAsync(ctx, ProductRules.Slug(args.Product.Slug), args.ProductId, ct);
        return await ProductChanges.ApplyAsync(ctx, args.ProductId, (p, now) => ProductRules.Update(p, args.Product, now), ct);
    }
}
