using DakarCafe.Schema.Orders;

namespace DakarCafe.Schema.RecurringDeliveries;

/// <summary>A recurring coffee delivery: the seed's <c>subscriptions</c> table.</summary>
/// <param name="Id">The recurring delivery's id.</param>
/// <param name="UserId">The customer.</param>
/// <param name="PlanType">Basic, premium or enterprise (each with its discount).</param>
/// <param name="Name">The customer's name for it.</param>
/// <param name="Products">What each delivery brings.</param>
/// <param name="Frequency">Weekly, every two weeks or monthly.</param>
/// <param name="NextDelivery">When the next order is placed (UTC; Dakar is UTC+0).</param>
/// <param name="DeliveryAddress">Where to deliver.</param>
/// <param name="PaymentMethod">How each order is paid.</param>
/// <param name="Pricing">Subtotal, discount and total of one delivery (FCFA).</param>
/// <param name="Status">Active, paused or cancelled.</param>
/// <param name="PausedUntil">When a pause ends.</param>
/// <param name="CancelReason">Why it was cancelled.</param>
/// <param name="DeliveryDay">The day of the month monthly deliveries keep to (a shorter month delivers on its last day).</param>
/// <param name="LastOrderId">The order its last delivery placed.</param>
/// <param name="CreatedAt">When created (UTC).</param>
/// <param name="UpdatedAt">When last changed (UTC).</param>
public sealed record RecurringDelivery(
    Guid Id, Guid UserId, PlanType PlanType, string Name, IReadOnlyList<RecurringDeliveryProduct> Products, DeliveryFrequency Frequency,
    DateTimeOffset NextDelivery, DeliveryAddress DeliveryAddress, PaymentMethod PaymentMethod, RecurringDeliveryPricing Pricing,
    RecurringDeliveryStatus Status, DateTimeOffset? PausedUntil, string? CancelReason, int DeliveryDay, Guid? LastOrderId, DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);
