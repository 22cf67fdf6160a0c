namespace DakarCafe.Schema.RecurringDeliveries;

/// <summary>Arguments of <c>recurringDeliveries:pauseRecurringDelivery</c>.</summary>
/// <param name="RecurringDeliveryId">The recurring delivery.</param>
/// <param name="Until">When deliveries start again by themselves (UTC, in the future, within a year).</param>
public sealed record PauseRecurringDeliveryArgs(Guid RecurringDeliveryId, DateTimeOffset Until);
