namespace DakarCafe.Server.Orders.Events;

/// <summary>The order's payment arrived (from a provider's webhook, or as cash on delivery).</summary>
internal sealed record PaymentReceived(Guid PaymentId, string? TransactionId, long Amount, DateTimeOffset At) : IOrderEvent;
