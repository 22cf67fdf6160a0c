namespace DakarCafe.Schema.RecurringDeliveries;

/// <summary>The price of one recurring delivery (FCFA).</summary>
/// <param name="Subtotal">Before the plan's discount.</param>
/// <param name="Discount">The plan's discount.</param>
/// <param name="Total">What each delivery costs.</param>
public sealed record RecurringDeliveryPricing(long Subtotal, long Discount, long Total);
