namespace DakarCafe.Server.Orders.Events;

/// <summary>The order was cancelled before it shipped (its stock went back on the shelves), by the customer or by staff.</summary>
internal sealed record OrderCancelled(string Reason, bool ByCustomer, DateTimeOffset At) : IOrderEvent;
