using DakarCafe.Engine.Functions;
using DakarCafe.Schema.Orders;
using DakarCafe.Server.Notifications;
using DakarCafe.Server.Orders.Events;

namespace DakarCafe.Server.Orders;

/// <summary>
/// The one way order events are recorded: appended to the order's stream, and each one worth it told to the customer
/// in the same transaction (<see cref="OrderMessages"/>, <see cref="Notifier"/>). Returns the order after the events.
/// </summary>
internal static class OrderEvents
{
    public static async Task<Order> StartAsync(MutationContext ctx, Guid orderId, OrderPlaced placed, CancellationToken ct)
    {
        ctx.StartStream<Order>(orderId, placed);
        var order = OrderProjection.Apply(null, orderId, placed);
        await NotifyAsync(ctx, order, placed, ct);
        return order;
    }

    public static async Task<Order> AppendAsync(MutationContext ctx, Order order, IReadOnlyList<IOrderEvent> events, CancellationToken ct)
    {
        ctx.AppendEvents(order.Id, [.. events]);
        foreach (var e in events)
        {
            await NotifyAsync(ctx, order, e, ct);
            order = OrderProjection.Apply(order, order.Id, e);
        }

        return order;
    }

    private static Task NotifyAsync(MutationContext ctx, Order order, IOrderEvent e, CancellationToken ct) =>
        OrderMessages.For(order, e) is { } compose ? Notifier.NotifyAsync(ctx, order.UserId, compose, ct) : Task.CompletedTask;
}
