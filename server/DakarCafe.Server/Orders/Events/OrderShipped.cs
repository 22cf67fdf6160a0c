namespace DakarCafe.Server.Orders.Events;

/// <summary>The order left with a carrier under a tracking number.</summary>
internal sealed record OrderShipped(string Carrier, string TrackingNumber, string? Message, string? Location, DateTimeOffset At) : IOrderEvent;
