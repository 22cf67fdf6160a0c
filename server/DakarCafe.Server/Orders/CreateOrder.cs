using DakarCafe.Engine.Errors;
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
    public const string PaymentMethodUnavailable = "PAYMENT_METHOD_UNAVAILABLE";

    public async Task<Order> HandleAsync(MutationContext ctx, CreateOrderArgs args, CancellationToken ct)
    {
        var userId = Guid.Parse(ctx.Identity.UserId!);
        var address = CheckoutRules.Address(args.DeliveryAddress);
        if (!payments.Offers(args.PaymentMethod))
        {
            throw new AppError(PaymentMethodUnavailable, "This payment method is not offered at the moment.", new { field = "paymentMethod" });
        }

        var notes = FreeText.Optional(args.Notes, "notes", 500);
        var cart = await GetCart.LoadAsync(ctx, ct);
        var lines = CheckoutRules.Lines(
            args.Items ?? cart?.Items.Select(i => new OrderItemInput(i.ProductId, i.Quantity)).ToList() ?? [], fromCart: args.Items is null);
        var products = (await ctx.LoadManyAsync<Product>(lines.Select(l => l.ProductId).ToList(), ct)).ToDictionary(p => p.Id);
        var items = CheckoutRules.Items(lines, products);

        var now = ctx.Time.GetUtcNow();
        var orderId = Guid.CreateVersion7(now);
        var totals = OrderPricing.Compute(items, address.Region, discountBasisPoints: 0, pricing);
        var number = OrderNumbers.Format(now, await ctx.NextNumberAsync(OrderNumbers.Sequence, ct));
        var placed = new OrderPlaced(userId, number, items, totals, args.PaymentMethod, address, notes, now);
        var order = await OrderEvents.StartAsync(ctx, orderId, placed, ct);
        OrderStock.Take(ctx, products, items, now);
        ctx.Store(PaymentRecords.Open(orderId, userId, args.PaymentMethod, totals.Total, now));
        if (cart is not null)
        {
            ctx.Store(CartRules.Without(cart, lines.Select(l => l.ProductId).ToList(), now));
        }

        return order;
    }
}
