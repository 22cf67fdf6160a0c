namespace DakarCafe.Schema.Orders;

/// <summary>An order's delivery tracking.</summary>
/// <param name="Number">The carrier's tracking number.</param>
/// <param name="Carrier">The carrier.</param>
/// <param name="Updates">What happened, oldest first.</param>
public sealed record OrderTracking(string? Number, string? Carrier, IReadOnlyList<TrackingUpdate> Updates);
