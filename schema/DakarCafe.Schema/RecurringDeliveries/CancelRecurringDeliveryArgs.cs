namespace DakarCafe.Schema.RecurringDeliveries;

/// <summary>Arguments of <c>recurringDeliveries:cancelRecurringDelivery</c>.</summary>
/// <param name="RecurringDeliveryId">The recurring delivery.</param>
/// <param name="Reason">Why (required, up to 500 characters).</param>
public sealed record CancelRecurringDeliveryArgs(Guid RecurringDeliveryId, string Reason);
