namespace DakarCafe.Server.Orders.Events;

/// <summary>The customer received the order.</summary>
internal sealed record OrderDelivered(string? Message, string? Location, DateTimeOffset At) : IOrderEvent;
