namespace DakarCafe.Server.Orders.Events;

/// <summary>An event of an order's stream; the order projection takes these and nothing else (reviews have streams too).</summary>
internal interface IOrderEvent;
