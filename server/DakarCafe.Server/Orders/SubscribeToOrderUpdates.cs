using DakarCafe.Engine.Functions;
using DakarCafe.Schema.Orders;

namespace DakarCafe.Server.Orders;

/// <summary>
/// <c>orders:subscribeToOrderUpdates</c>: the live tracking of one order for its customer (and staff): status,
/// payment and every tracking step. It reads the order alone, so only that order's events re-run it.
/// </summary>
internal static class SubscribeToOrderUpdates
{
    public static async Task<OrderTrackingView> HandleAsync(QueryContext ctx, OrderIdArgs args, CancellationToken ct)
    {
        var order = await OrderAccess.LoadAsync(ctx, args.OrderId, ct);
        return new OrderTrackingView(order.Id, order.OrderNumber, order.Status, order.PaymentStatus, order.Tracking, order.Total, order.UpdatedAt);
    }
}
