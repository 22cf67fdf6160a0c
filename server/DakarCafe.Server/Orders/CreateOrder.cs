using DakarCafe.Engine.Functions;
using DakarCafe.Schema.Orders;
using DakarCafe.Schema.Products;
using DakarCafe.Server.Cart;
using DakarCafe.Server.Orders.Events;
using DakarCafe.Server.Payments;

namespace DakarCafe.Server.Orders;

/// <summary>
/// <c>orders:createOrder</c>: checkout in one transaction. It checks every product is sold and in stock, prices the
/// order, takes the stock, numbers the order, records it as the first event of its stream (the order document is
/// projected from it in the same commit), opens its payment and takes the ordered products out of the cart.
/// </summary>
internal sealed class CreateOrder(OrderPricingSettings pricing, PaymentSettings payments)
{
    public static CreateOrder From(IConfiguration configuration) => new(OrderPricingSettings.From(configuration), PaymentSettings.From(configuration));

    public async Task<Order> HandleAsync(MutationContext ctx, CreateOrderArgs args, CancellationToken ct)
    {
        var cart = await GetCart.LoadAsync(ctx, ct);
        var order = await PlaceAsync(ctx, Caller.Id(ctx), args with
        {
            Items = args.Items ?? cart?.Items.Select(i => new OrderItemInput(i.ProductId, i.Quantity)).ToList() ?? [],
        }, discountBasisPoints: 0, fromCart: args.Items is null, ct);
        if (cart is not null)
        {
            ctx.Store(CartRules.Without(cart, [.. order.Items.Select(i => i.ProductId)], order.CreatedAt));
        }

        return order;
    }

    /// <summary>
    /// The checkout every order goes through, a shopper's or a recurring delivery's: for <paramref name="userId"/>,
    /// the items of <paramref name="args"/> with a plan's discount. Everything is checked before anything is written.
    /// </summary>
    public async Task<Order> PlaceAsync(MutationContext ctx, Guid userId, CreateOrderArgs args, int discountBasisPoints, bool fromCart,
        CancellationToken ct)
    {
        var address = CheckoutRules.Address(args.DeliveryAddress);
        payments.Offered(args.PaymentMethod);

        var notes = FreeText.Optional(args.Notes, "notes", 500);
        var lines = CheckoutRules.Lines(args.Items ?? [], fromCart);
        var products = (await ctx.LoadManyAsync<Product>(lines.Select(l => l.ProductId).ToList(), ct)).ToDictionary(p => p.Id);
        var items = CheckoutRules.Items(lines, products);

        var now = ctx.Time.GetUtcNow();
        var orderId = Guid.CreateVersion7(now);
        var totals = OrderPricing.Compute(items, address.Region, discountBasisPoints, pricing);
        var number = OrderNumbers.Format(now, await ctx.NextNumberAsync(OrderNumbers.Sequence, ct));
        var placed = new OrderPlaced(userId, number, items, totals, args.PaymentMethod, address, notes, now);
        var order = await OrderEvents.StartAsync(ctx, orderId, placed, ct);
        OrderStock.Take(ctx, products, items, now);
        ctx.Store(PaymentRecords.Open(orderId, userId, args.PaymentMethod, totals.Total, now));
        return order;
    }
}
