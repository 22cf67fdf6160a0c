namespace DakarCafe.Server.Orders.Events;

/// <summary>The shop accepted the order.</summary>
internal sealed record OrderConfirmed(string? Message, DateTimeOffset At) : IOrderEvent;
