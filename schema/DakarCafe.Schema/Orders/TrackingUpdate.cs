namespace DakarCafe.Schema.Orders;

/// <summary>One step of a delivery.</summary>
/// <param name="Status">The order status at that step.</param>
/// <param name="Message">What happened.</param>
/// <param name="Timestamp">When (UTC).</param>
/// <param name="Location">Where, when known.</param>
public sealed record TrackingUpdate(string Status, string Message, DateTimeOffset Timestamp, string? Location = null);
