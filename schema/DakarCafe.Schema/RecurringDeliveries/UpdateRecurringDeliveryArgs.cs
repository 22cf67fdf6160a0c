using DakarCafe.Schema.Orders;

namespace DakarCafe.Schema.RecurringDeliveries;

/// <summary>Arguments of <c>recurringDeliveries:updateRecurringDelivery</c>: what is given changes, the rest stays.</summary>
/// <param name="RecurringDeliveryId">The recurring delivery.</param>
/// <param name="Name">A new name.</param>
/// <param name="PlanType">A new plan.</param>
/// <param name="Products">New products.</param>
/// <param name="Frequency">A new frequency, counted from the next delivery.</param>
/// <param name="NextDelivery">A new date for the next delivery (and the day monthly ones keep to).</param>
/// <param name="DeliveryAddress">A new address.</param>
/// <param name="PaymentMethod">A new payment method.</param>
public sealed record UpdateRecurringDeliveryArgs(
    Guid RecurringDeliveryId, string? Name = null, PlanType? PlanType = null, IReadOnlyList<RecurringDeliveryProduct>? Products = null,
    DeliveryFrequency? Frequency = null, DateTimeOffset? NextDelivery = null, DeliveryAddress? DeliveryAddress = null, PaymentMethod? PaymentMethod = null);
