using DakarCafe.Engine.Functions;
using DakarCafe.Schema.Orders;

namespace DakarCafe.Server.Orders;

/// <summary><c>orders:getOrder</c>: one order, for its customer or staff.</summary>
internal static class GetOrder
{
    public static Task<Order> HandleAsync(QueryContext ctx, OrderIdArgs args, CancellationToken ct) => OrderAccess.LoadAsync(ctx, args.OrderId, ct);
}
