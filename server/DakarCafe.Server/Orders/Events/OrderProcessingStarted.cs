namespace DakarCafe.Server.Orders.Events;

/// <summary>The order is being prepared.</summary>
internal sealed record OrderProcessingStarted(string? Message, DateTimeOffset At) : IOrderEvent;
