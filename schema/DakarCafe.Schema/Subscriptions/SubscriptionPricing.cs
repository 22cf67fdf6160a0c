namespace DakarCafe.Schema.Subscriptions;

/// <summary>The price of one recurring delivery (FCFA).</summary>
/// <param name="Subtotal">Before the plan's discount.</param>
/// <param name="Discount">The plan's discount.</param>
/// <param name="Total">What each delivery costs.</param>
public sealed record SubscriptionPricing(long Subtotal, long Discount, long Total);
