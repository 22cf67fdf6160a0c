namespace DakarCafe.Schema.RecurringDeliveries;

/// <summary>Names one recurring delivery.</summary>
/// <param name="RecurringDeliveryId">The recurring delivery's id.</param>
public sealed record RecurringDeliveryIdArgs(Guid RecurringDeliveryId);
