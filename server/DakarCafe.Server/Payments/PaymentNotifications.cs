using DakarCafe.Engine.Errors;
using DakarCafe.Engine.Functions;
using DakarCafe.Schema;
using DakarCafe.Schema.Orders;
using DakarCafe.Schema.Payments;
using DakarCafe.Server.Orders;
using DakarCafe.Server.Orders.Events;

namespace DakarCafe.Server.Payments;

/// <summary>
/// The internal <c>payments:applyNotification</c>: a provider's verified outcome applied to its attempt and order,
/// idempotently. A replay of an applied outcome changes nothing; a success is applied to an order once, and a
/// second payment for an order already paid (or cancelled) is kept on its attempt as due for a refund, never
/// counted twice.
/// </summary>
internal static class PaymentNotifications
{

    public static async Task<NotificationOutcome> ApplyAsync(MutationContext ctx, ProviderNotification notification, CancellationToken ct)
    {
        var payment = await FindAsync(ctx, notification, ct)
            ?? throw new AppError(ShopErrorCodes.UnknownPayment, "No payment matches this notification.");
        if (notification.Amount is { } amount && amount != payment.Amount)
        {
            throw new AppError(ShopErrorCodes.AmountMismatch, $"The notification is for {amount} FCFA; the payment is {payment.Amount} FCFA.");
        }

        if (payment.Status == PaymentStatus.Paid || (!notification.Succeeded && payment.Status == PaymentStatus.Failed))
        {
            return NotificationOutcome.AlreadyApplied;
        }

        var now = ctx.Time.GetUtcNow();
        var order = await ctx.LoadAsync<Order>(payment.OrderId, ct) ?? throw new InvalidOperationException($"Payment {payment.Id} has no order.");
        if (!notification.Succeeded)
        {
            ctx.Store(payment with { Status = PaymentStatus.Failed, FailureReason = notification.FailureReason, UpdatedAt = now });
            await OrderEvents.AppendAsync(ctx, order, [new PaymentFailed(payment.Id, notification.FailureReason ?? "The payment failed.", now)], ct);
            return NotificationOutcome.Failed;
        }

        var paid = payment with { Status = PaymentStatus.Paid, TransactionId = notification.TransactionId, UpdatedAt = now };
        if (order.PaymentStatus == PaymentStatus.Paid || order.Status == OrderStatus.Cancelled)
        {
            ctx.Store(paid with
            {
                RefundDue = true,
                FailureReason = $"Paid while the order was already {(order.Status == OrderStatus.Cancelled ? "cancelled" : "paid")}.",
            });
            return NotificationOutcome.RefundDue;
        }

        ctx.Store(paid with { FailureReason = null });
        await OrderEvents.AppendAsync(ctx, order, [new PaymentReceived(payment.Id, notification.TransactionId, payment.Amount, now)], ct);
        return NotificationOutcome.Paid;
    }

    private static async Task<Payment?> FindAsync(MutationContext ctx, ProviderNotification notification, CancellationToken ct)
    {
        if (notification.NotificationToken is { } token)
        {
            var hash = NotificationTokens.Hash(token);
            return await ctx.FirstOrDefaultAsync<Payment>(q => q.Where(p => p.ProviderTokenHash == hash), ct);
        }

        return notification.PaymentId is { } id && await ctx.LoadAsync<Payment>(id, ct) is { } payment
            && (payment.ProviderReference is null || payment.ProviderReference == notification.Reference)
            ? payment
            : null;
    }
}
