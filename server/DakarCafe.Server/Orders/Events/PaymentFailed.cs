namespace DakarCafe.Server.Orders.Events;

/// <summary>A payment attempt failed; the order waits for another.</summary>
internal sealed record PaymentFailed(Guid PaymentId, string Reason, DateTimeOffset At) : IOrderEvent;
