namespace DakarCafe.Schema.Orders;

/// <summary>
/// What an order would cost now, priced exactly as checkout prices it (all amounts in whole FCFA):
/// <c>Total = Subtotal - Discount + Tax + Shipping</c>. It moves live when a price, a stock or the cart changes.
/// </summary>
/// <param name="Lines">Each product with its current price, and what would stop it being ordered.</param>
/// <param name="Subtotal">Sum of the line totals.</param>
/// <param name="Discount">The plan's discount (recurring deliveries).</param>
/// <param name="Tax">VAT on the discounted goods.</param>
/// <param name="Shipping">Delivery to the region (0 from the free-delivery threshold).</param>
/// <param name="Total">What the customer would pay.</param>
/// <param name="Currency">Always FCFA.</param>
/// <param name="Region">The region priced, by its proper name.</param>
/// <param name="VatBasisPoints">The VAT rate: 1800 is 18 %.</param>
/// <param name="FreeShippingThreshold">Discounted goods worth this much ship free.</param>
/// <param name="MissingForFreeShipping">How much more in goods would make delivery free (0 when it is).</param>
/// <param name="CanOrder">True when checkout would accept these lines now (none has a problem, and there is at least one).</param>
public sealed record OrderQuote(
    IReadOnlyList<QuoteLine> Lines, long Subtotal, long Discount, long Tax, long Shipping, long Total, string Currency, string Region,
    int VatBasisPoints, long FreeShippingThreshold, long MissingForFreeShipping, bool CanOrder);
