using DakarCafe.Engine.Functions;
using DakarCafe.Schema.Products;

namespace DakarCafe.Server.Products;

/// <summary><c>products:getFeaturedProducts</c>: the active featured products, in their manual order.</summary>
internal static class GetFeaturedProducts
{
    public static Task<IReadOnlyList<Product>> HandleAsync(QueryContext ctx, GetFeaturedProductsArgs args, CancellationToken ct)
    {
        var size = Paging.Size(args.Limit, fallback: 8);
        return ctx.ListAsync<Product>(q => q.Where(p => p.IsFeatured && p.IsActive).OrderBy(p => p.SortOrder).ThenBy(p => p.Name).Take(size), ct);
    }
}
