using DakarCafe.Engine.Errors;
using DakarCafe.Engine.Functions;
using DakarCafe.Schema;
using DakarCafe.Schema.Orders;
using DakarCafe.Schema.Payments;
using DakarCafe.Server.Orders;
using DakarCafe.Server.Orders.Events;

namespace DakarCafe.Server.Payments;

/// <summary>
/// The internal mutations around starting a payment: open (or reuse) the order's attempt, then record the checkout
/// the provider opened for it, or the provider's failure.
/// </summary>
internal static class PaymentAttempts
{

    /// <summary>The order's open attempt: the pending one (reused, so starting twice opens one checkout), or a new one after a failure.</summary>
    public static async Task<PaymentAttempt> OpenAsync(MutationContext ctx, OrderIdArgs args, CancellationToken ct)
    {
        var order = await OrderAccess.LoadAsync(ctx, args.OrderId, ct);
        if (order.Status == OrderStatus.Cancelled || order.PaymentStatus is PaymentStatus.Paid or PaymentStatus.Refunded)
        {
            throw new AppError(ShopErrorCodes.NothingToPay, $"This order is {(order.Status == OrderStatus.Cancelled ? "cancelled" : "already paid")}.", new { field = "orderId" });
        }

        var current = await PaymentRecords.CurrentAsync(ctx, order.Id, ct);
        if (current.Status != PaymentStatus.Pending)
        {
            current = PaymentRecords.Open(order.Id, order.UserId, order.PaymentMethod, order.Total, ctx.Time.GetUtcNow());
            ctx.Store(current);
        }

        return new PaymentAttempt(current.Id, current.Method, current.Amount, order.OrderNumber, current.CheckoutUrl);
    }

    public static async Task<bool> RecordCheckoutAsync(MutationContext ctx, RecordCheckoutArgs args, CancellationToken ct)
    {
        if (await ctx.LoadAsync<Payment>(args.PaymentId, ct) is not { Status: PaymentStatus.Pending } payment)
        {
            return false;
        }

        ctx.Store(payment with
        {
            ProviderReference = args.Reference,
            CheckoutUrl = args.CheckoutUrl,
            ProviderTokenHash = args.NotificationToken is { } token ? NotificationTokens.Hash(token) : null,
            UpdatedAt = ctx.Time.GetUtcNow(),
        });
        return true;
    }

    /// <summary>The provider could not be reached or refused: the attempt fails, the order stays pending and shows the failure.</summary>
    public static async Task<bool> RecordFailureAsync(MutationContext ctx, RecordFailureArgs args, CancellationToken ct)
    {
        if (await ctx.LoadAsync<Payment>(args.PaymentId, ct) is not { Status: PaymentStatus.Pending } payment)
        {
            return false;
        }

        var now = ctx.Time.GetUtcNow();
        // Read (and so watched for concurrent changes) before its stream is appended to: a racing notification retries.
        var order = await ctx.LoadAsync<Order>(payment.OrderId, ct) ?? throw new InvalidOperationException($"Payment {payment.Id} has no order.");
        ctx.Store(payment with { Status = PaymentStatus.Failed, FailureReason = args.Reason, UpdatedAt = now });
        await OrderEvents.AppendAsync(ctx, order, [new PaymentFailed(payment.Id, args.Reason, now)], ct);
        return true;
    }
}
