using DakarCafe.Engine.Errors;
using DakarCafe.Engine.Functions;
using DakarCafe.Protocol;
using DakarCafe.Schema.Products;

namespace DakarCafe.Server.Products;

/// <summary><c>products:getProduct</c>: one product by id or by slug; a deactivated one is found by admins only.</summary>
internal static class GetProduct
{
    public static async Task<Product> HandleAsync(QueryContext ctx, GetProductArgs args, CancellationToken ct)
    {
        Product? product;
        if (args.Id is { } id)
        {
            product = await ctx.LoadAsync<Product>(id, ct);
        }
        else
        {
            var slug = ProductRules.Slug(args.Slug);
            product = await ctx.FirstOrDefaultAsync<Product>(q => q.Where(p => p.Seo.Slug == slug), ct);
        }

        return product is { IsActive: true } || (product is not null && ctx.Identity.IsInRole("admin"))
            ? product
            : throw new AppError(ErrorCodes.NotFound, "No such product.", new { field = args.Id is null ? "slug" : "id" });
    }
}
