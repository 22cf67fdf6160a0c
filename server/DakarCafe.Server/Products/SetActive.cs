using DakarCafe.Engine.Functions;
using DakarCafe.Schema.Products;

namespace DakarCafe.Server.Products;

/// <summary><c>products:setActive</c> (admin): hides a product from shoppers, or shows it again.</summary>
internal static class SetActive
{
    public static Task<Product> HandleAsync(MutationContext ctx, SetActiveArgs args, CancellationToken ct) =>
        ProductChanges.ApplyAsync(ctx, args.ProductId, (p, now) => p with { IsActive = args.IsActive, UpdatedAt = now }, ct);
}
