namespace DakarCafe.Server.Orders.Events;

/// <summary>News of a shipped order on its way.</summary>
internal sealed record TrackingUpdated(string Message, string? Location, DateTimeOffset At) : IOrderEvent;
