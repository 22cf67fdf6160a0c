using DakarCafe.Engine.Functions;
using DakarCafe.Schema.Products;

namespace DakarCafe.Server.Products;

/// <summary><c>products:setPrice</c> (admin): a new price, pushed live to every product page and cart showing it.</summary>
internal static class SetPrice
{
    public static Task<Product> HandleAsync(MutationContext ctx, SetPriceArgs args, CancellationToken ct) =>
        ProductChanges.ApplyAsync(ctx, args.ProductId, (p, now) => ProductRules.SetPrice(p, args.Price, args.OriginalPrice, now), ct);
}
