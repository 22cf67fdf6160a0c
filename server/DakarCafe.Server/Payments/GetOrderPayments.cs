using DakarCafe.Engine.Functions;
using DakarCafe.Schema.Orders;
using DakarCafe.Schema.Payments;
using DakarCafe.Server.Orders;

namespace DakarCafe.Server.Payments;

/// <summary><c>payments:getOrderPayments</c>: the payment attempts of an order, newest first, for its customer and staff.</summary>
internal static class GetOrderPayments
{
    public static async Task<IReadOnlyList<PaymentSummary>> HandleAsync(QueryContext ctx, OrderIdArgs args, CancellationToken ct)
    {
        var order = await OrderAccess.LoadAsync(ctx, args.OrderId, ct);
        var payments = await ctx.ListAsync<Payment>(q => q.Where(p => p.OrderId == order.Id).OrderByDescending(p => p.CreatedAt).ThenByDescending(p => p.Id), ct);
        return payments.Select(PaymentSummary.Of).ToList();
    }
}
