using DakarCafe.Engine.Functions;
using DakarCafe.Schema.Orders;
using DakarCafe.Schema.Payments;

namespace DakarCafe.Server.Payments;

/// <summary>The payment documents of an order, as checkout and the order's life change them.</summary>
internal static class PaymentRecords
{
    /// <summary>The first attempt, opened with the order.</summary>
    public static Payment Open(Guid orderId, Guid userId, PaymentMethod method, long amount, DateTimeOffset now) =>
        new(Guid.CreateVersion7(), orderId, userId, method, amount, PaymentStatus.Pending, null, null, null, null, null, RefundDue: false, now, now);

    /// <summary>The order's latest attempt.</summary>
    public static async Task<Payment> CurrentAsync(QueryContext ctx, Guid orderId, CancellationToken ct) =>
        await ctx.FirstOrDefaultAsync<Payment>(q => q.Where(p => p.OrderId == orderId).OrderByDescending(p => p.CreatedAt).ThenByDescending(p => p.Id), ct)
        ?? throw new InvalidOperationException($"Order {orderId} has no payment.");

    /// <summary>Cash handed to the courier: the open attempt is paid.</summary>
    public static async Task<Payment> SettleCashAsync(MutationContext ctx, Guid orderId, DateTimeOffset now, CancellationToken ct)
    {
        var paid = await CurrentAsync(ctx, orderId, ct) with { Status = PaymentStatus.Paid, UpdatedAt = now };
        ctx.Store(paid);
        return paid;
    }

    /// <summary>The order was cancelled: an attempt still waiting will never be paid.</summary>
    public static async Task CloseAsync(MutationContext ctx, Guid orderId, DateTimeOffset now, CancellationToken ct)
    {
        var current = await CurrentAsync(ctx, orderId, ct);
        if (current.Status == PaymentStatus.Pending)
        {
            ctx.Store(current with { Status = PaymentStatus.Failed, FailureReason = "The order was cancelled.", UpdatedAt = now });
        }
    }
}
