using DakarCafe.Engine.Errors;
using DakarCafe.Engine.Functions;
using DakarCafe.Protocol;
using DakarCafe.Schema.Products;

namespace DakarCafe.Server.Products;

/// <summary>The admin mutations that load one product, apply a rule to it and store it.</summary>
internal static class ProductChanges
{
    public static async Task<Product> ApplyAsync(MutationContext ctx, Guid id, Func<Product, DateTimeOffset, Product> change, CancellationToken ct)
    {
        var product = await ctx.LoadAsync<Product>(id, ct) ?? throw new AppError(ErrorCodes.NotFound, "No such product.", new { field = "productId" });
        var changed = change(product, ctx.Time.GetUtcNow());
        ctx.Store(changed);
        return changed;
    }
}
