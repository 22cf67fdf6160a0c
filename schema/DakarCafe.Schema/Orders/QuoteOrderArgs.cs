using DakarCafe.Schema.RecurringDeliveries;

namespace DakarCafe.Schema.Orders;

/// <summary>The arguments of <c>orders:quoteOrder</c>: what checkout would be given, as far as it changes the price.</summary>
/// <param name="Region">The delivery region (one of Senegal's 14), which sets the delivery cost.</param>
/// <param name="PaymentMethod">How the customer would pay; it must be offered.</param>
/// <param name="Items">What to price; when omitted, everything in the caller's cart.</param>
/// <param name="Plan">For a recurring delivery, its plan, whose discount applies.</param>
public sealed record QuoteOrderArgs(string Region, PaymentMethod PaymentMethod, IReadOnlyList<OrderItemInput>? Items = null, PlanType? Plan = null);
