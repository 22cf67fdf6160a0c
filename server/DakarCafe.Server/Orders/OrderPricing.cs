using DakarCafe.Schema.Orders;

namespace DakarCafe.Server.Orders;

/// <summary>
/// The price of an order, pure and in integers only: goods, then a discount (a rate, for recurring deliveries), VAT on
/// the discounted goods, and delivery by region unless the discounted goods reach the free-delivery threshold.
/// Rates are basis points and every rounding is half up to the franc. The arithmetic is checked: the catalog's and
/// the cart's bounds keep totals far from overflowing, and should they not, the order fails rather than wraps.
/// </summary>
internal static class OrderPricing
{
    public static OrderTotals Compute(IReadOnlyList<OrderItem> items, string region, int discountBasisPoints, OrderPricingSettings settings)
    {
        var subtotal = items.Sum(i => i.Total);
        var discount = Share(subtotal, discountBasisPoints);
        var goods = checked(subtotal - discount);
        var tax = Share(goods, settings.VatBasisPoints);
        var shipping = goods >= settings.FreeShippingThreshold ? 0
            : SenegalRegions.IsDakar(region) ? settings.DakarShipping
            : settings.RegionalShipping;
        return new OrderTotals(subtotal, discount, tax, shipping, checked(goods + tax + shipping));
    }

    /// <summary><paramref name="amount"/> × <paramref name="basisPoints"/> / 10 000, rounded half up.</summary>
    public static long Share(long amount, int basisPoints) => checked((amount * basisPoints) + 5_000) / 10_000;
}
