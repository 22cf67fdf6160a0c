namespace DakarCafe.Server.Orders.Events;

/// <summary>The order's payment was paid back to the customer.</summary>
internal sealed record PaymentRefunded(Guid PaymentId, long Amount, DateTimeOffset At) : IOrderEvent;
