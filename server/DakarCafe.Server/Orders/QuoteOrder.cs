using DakarCafe.Engine.Functions;
using DakarCafe.Protocol;
using DakarCafe.Schema.Orders;
using DakarCafe.Schema.Products;
using DakarCafe.Server.Cart;
using DakarCafe.Server.Payments;
using DakarCafe.Server.RecurringDeliveries;

namespace DakarCafe.Server.Orders;

/// <summary>
/// <c>orders:quoteOrder</c>: what checkout would charge now for the given items or the caller's cart, delivered to a
/// region and paid a given way: the same lines, the same <see cref="OrderPricing"/>, so the order placed next costs
/// exactly the quoted total unless a price changes in between (and then the live quote moves first). A line checkout
/// would refuse is still priced and says why, so a cart short of stock can be shown and fixed rather than fail; an
/// empty cart costs nothing.
/// </summary>
internal sealed class QuoteOrder(OrderPricingSettings pricing, PaymentSettings payments)
{
    public static QuoteOrder From(IConfiguration configuration) => new(OrderPricingSettings.From(configuration), PaymentSettings.From(configuration));

    public async Task<OrderQuote> HandleAsync(QueryContext ctx, QuoteOrderArgs args, CancellationToken ct)
    {
        var region = CheckoutRules.Region(args.Region, "region");
        payments.Offered(args.PaymentMethod);
        var lines = args.Items is { } items ? CheckoutRules.Lines(items, fromCart: false) : await CartLinesAsync(ctx, ct);
        var products = (await ctx.LoadManyAsync<Product>(lines.Select(l => l.ProductId).ToList(), ct)).ToDictionary(p => p.Id);
        var quoted = lines.Select(line => Line(line, products.GetValueOrDefault(line.ProductId))).ToList();

        var discount = args.Plan is { } plan ? RecurringDeliveryPlans.DiscountBasisPoints(plan) : 0;
        var totals = quoted.Count == 0
            ? new OrderTotals(0, 0, 0, 0, 0)
            : OrderPricing.Compute([.. quoted.Select(l => new OrderItem(l.ProductId, l.Name, l.Quantity, l.Price, l.Total))], region, discount, pricing);
        var goods = checked(totals.Subtotal - totals.Discount);
        return new OrderQuote(quoted, totals.Subtotal, totals.Discount, totals.Tax, totals.Shipping, totals.Total, "FCFA", region,
            pricing.VatBasisPoints, pricing.FreeShippingThreshold, Math.Max(0, pricing.FreeShippingThreshold - goods),
            CanOrder: quoted.Count > 0 && quoted.All(l => l.Problem is null));
    }

    private static async Task<IReadOnlyList<OrderItemInput>> CartLinesAsync(QueryContext ctx, CancellationToken ct) =>
        await GetCart.LoadAsync(ctx, ct) is { Items.Count: > 0 } cart
            ? CheckoutRules.Lines([.. cart.Items.Select(i => new OrderItemInput(i.ProductId, i.Quantity))], fromCart: true)
            : [];

    private static QuoteLine Line(OrderItemInput line, Product? product) => product is null
        ? new QuoteLine(line.ProductId, "", null, line.Quantity, 0, 0, null, ErrorCodes.NotFound)
        : new QuoteLine(product.Id, product.Name, product.Images is [var image, ..] ? image : null, line.Quantity, product.Price, checked(product.Price * line.Quantity),
            product.Inventory.IsTracked ? product.Inventory.Stock : null, CheckoutRules.Problem(product, line.Quantity));
}
