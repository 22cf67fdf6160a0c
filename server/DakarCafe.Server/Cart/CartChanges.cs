using DakarCafe.Engine.Functions;
using DakarCafe.Schema;
using DakarCafe.Schema.Cart;
using DakarCafe.Schema.Products;

namespace DakarCafe.Server.Cart;

/// <summary>The cart mutations: each loads the caller's cart (and the product), applies a rule, stores, and answers the new view.</summary>
internal static class CartChanges
{
    public static async Task<CartView> AddAsync(MutationContext ctx, CartItemArgs args, CancellationToken ct)
    {
        var product = await ctx.LoadAsync<Product>(args.ProductId, ct);
        return await SaveAsync(ctx, CartRules.Add(await CartOfAsync(ctx, ct), product, args.Quantity, ctx.Time.GetUtcNow()), ct);
    }

    public static async Task<CartView> UpdateAsync(MutationContext ctx, CartItemArgs args, CancellationToken ct)
    {
        var product = args.Quantity == 0 ? null : await ctx.LoadAsync<Product>(args.ProductId, ct);
        return await SaveAsync(ctx, CartRules.Update(await CartOfAsync(ctx, ct), product, args.ProductId, args.Quantity, ctx.Time.GetUtcNow()), ct);
    }

    public static async Task<CartView> RemoveAsync(MutationContext ctx, CartProductArgs args, CancellationToken ct) =>
        await SaveAsync(ctx, CartRules.Remove(await CartOfAsync(ctx, ct), args.ProductId, ctx.Time.GetUtcNow()), ct);

    public static async Task<CartView> ClearAsync(MutationContext ctx, NoArgs args, CancellationToken ct) =>
        await SaveAsync(ctx, (await CartOfAsync(ctx, ct)) with { Items = [], UpdatedAt = ctx.Time.GetUtcNow() }, ct);

    private static async Task<Schema.Cart.Cart> CartOfAsync(MutationContext ctx, CancellationToken ct) =>
        await GetCart.LoadAsync(ctx, ct) ?? CartRules.Empty(GetCart.OwnerId(ctx), ctx.Time.GetUtcNow());

    private static async Task<CartView> SaveAsync(MutationContext ctx, Schema.Cart.Cart cart, CancellationToken ct)
    {
        ctx.Store(cart);
        return await GetCart.ViewAsync(ctx, cart, ct);
    }
}
