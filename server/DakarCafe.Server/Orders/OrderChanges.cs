using DakarCafe.Engine.Functions;
using DakarCafe.Schema.Orders;
using DakarCafe.Server.Orders.Events;
using DakarCafe.Server.Payments;

namespace DakarCafe.Server.Orders;

/// <summary>
/// The mutations that move an order along: each loads the order (for its customer or staff), decides one event with
/// <see cref="OrderLifecycle"/>, and records it with what it entails: a cancellation puts the stock back and closes
/// the open payment, a delivery paid in cash settles it.
/// </summary>
internal static class OrderChanges
{
    public static Task<Order> UpdateStatusAsync(MutationContext ctx, UpdateOrderStatusArgs args, CancellationToken ct) =>
        ApplyAsync(ctx, args.OrderId, (order, now) => OrderLifecycle.ChangeStatus(order, args, now), ct);

    public static Task<Order> CancelAsync(MutationContext ctx, CancelOrderArgs args, CancellationToken ct) =>
        ApplyAsync(ctx, args.OrderId, (order, now) => OrderLifecycle.CancelByCustomer(order, args.Reason, now), ct);

    public static Task<Order> AddTrackingUpdateAsync(MutationContext ctx, AddTrackingUpdateArgs args, CancellationToken ct) =>
        ApplyAsync(ctx, args.OrderId, (order, now) => OrderLifecycle.Track(order, args, now), ct);

    private static async Task<Order> ApplyAsync(MutationContext ctx, Guid orderId, Func<Order, DateTimeOffset, IOrderEvent> decide, CancellationToken ct)
    {
        var order = await OrderAccess.LoadAsync(ctx, orderId, ct);
        var now = ctx.Time.GetUtcNow();
        var events = new List<IOrderEvent> { decide(order, now) };
        switch (events[0])
        {
            case OrderCancelled:
                await OrderStock.PutBackAsync(ctx, order, now, ct);
                await PaymentRecords.CloseAsync(ctx, order.Id, now, ct);
                break;
            case OrderDelivered when order is { PaymentMethod: PaymentMethod.CashOnDelivery, PaymentStatus: not PaymentStatus.Paid }:
                var payment = await PaymentRecords.SettleCashAsync(ctx, order.Id, now, ct);
                events.Add(new PaymentReceived(payment.Id, TransactionId: null, payment.Amount, now));
                break;
        }

        return await OrderEvents.AppendAsync(ctx, order, events, ct);
    }
}
