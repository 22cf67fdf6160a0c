using DakarCafe.Engine.Functions;
using DakarCafe.Schema.Products;

namespace DakarCafe.Server.Products;

/// <summary><c>products:adjustStock</c> (admin): adds or removes units; stock never goes below zero.</summary>
internal static class AdjustStock
{
    public static Task<Product> HandleAsync(MutationContext ctx, AdjustStockArgs args, CancellationToken ct) =>
        ProductChanges.ApplyAsync(ctx, args.ProductId, (p, now) => ProductRules.AdjustStock(p, args.Delta, now), ct);
}
