using DakarCafe.Engine.Functions;
using DakarCafe.Schema.Orders;
using DakarCafe.Schema.Products;
using DakarCafe.Server.Products;

namespace DakarCafe.Server.Orders;

/// <summary>
/// Stock moves with orders: taken when an order is placed, put back when it is cancelled. The products were read by
/// the same mutation, so a concurrent order for the same product makes one of the two retry on fresh stock: a unit
/// is never sold twice.
/// </summary>
internal static class OrderStock
{
    public static void Take(MutationContext ctx, IReadOnlyDictionary<Guid, Product> products, IReadOnlyList<OrderItem> items, DateTimeOffset now) =>
        Move(ctx, products, items, -1, now);

    public static async Task PutBackAsync(MutationContext ctx, Order order, DateTimeOffset now, CancellationToken ct)
    {
        var products = (await ctx.LoadManyAsync<Product>(order.Items.Select(i => i.ProductId).ToList(), ct)).ToDictionary(p => p.Id);
        Move(ctx, products, order.Items, +1, now);
    }

    private static void Move(MutationContext ctx, IReadOnlyDictionary<Guid, Product> products, IReadOnlyList<OrderItem> items, int sign, DateTimeOffset now)
    {
        foreach (var item in items)
        {
            if (products.GetValueOrDefault(item.ProductId) is { Inventory.IsTracked: true } product)
            {
                ctx.Store(ProductRules.AdjustStock(product, sign * item.Quantity, now));
            }
        }
    }
}
