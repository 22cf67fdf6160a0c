using DakarCafe.Engine.Functions;
using DakarCafe.Schema;
using DakarCafe.Schema.Cart;
using DakarCafe.Schema.Products;

namespace DakarCafe.Server.Cart;

/// <summary>
/// <c>cart:getCart</c>: the caller's own cart with current product names, images and prices, line totals, subtotal
/// and item count, and a flag per line when the price changed or the stock is short. It reads the cart and its
/// products by id (in one round trip), so it re-runs when one of those changes and for nothing else.
/// </summary>
internal static class GetCart
{
    public static async Task<CartView> HandleAsync(QueryContext ctx, NoArgs args, CancellationToken ct) =>
        await ViewAsync(ctx, await LoadAsync(ctx, ct), ct);

    public static async Task<Schema.Cart.Cart?> LoadAsync(QueryContext ctx, CancellationToken ct) =>
        await ctx.LoadAsync<Schema.Cart.Cart>(OwnerId(ctx), ct);

    public static Guid OwnerId(FunctionContext ctx) => Caller.Id(ctx);

    public static async Task<CartView> ViewAsync(QueryContext ctx, Schema.Cart.Cart? cart, CancellationToken ct)
    {
        if (cart is null)
        {
            return new CartView([], 0, 0, null);
        }

        var products = (await ctx.LoadManyAsync<Product>(cart.Items.Select(i => i.ProductId).ToList(), ct)).ToDictionary(p => p.Id);
        var lines = new List<CartLine>();
        foreach (var item in cart.Items)
        {
            var product = products.GetValueOrDefault(item.ProductId);
            var price = product?.Price ?? item.PriceWhenAdded;
            var stockShort = product is not { IsActive: true } || (product.Inventory.IsTracked && product.Inventory.Stock < item.Quantity);
            lines.Add(new CartLine(item.ProductId, product?.Name ?? "?", product is { Images: [var image, ..] } ? image : null, price, item.Quantity,
                price * item.Quantity, price != item.PriceWhenAdded, stockShort));
        }

        return new CartView(lines, lines.Sum(l => l.LineTotal), lines.Sum(l => l.Quantity), cart.UpdatedAt);
    }
}
