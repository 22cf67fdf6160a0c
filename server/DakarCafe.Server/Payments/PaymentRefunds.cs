using DakarCafe.Engine.Errors;
using DakarCafe.Engine.Functions;
using DakarCafe.Protocol;
using DakarCafe.Schema;
using DakarCafe.Schema.Orders;
using DakarCafe.Schema.Payments;
using DakarCafe.Server.Orders;
using DakarCafe.Server.Orders.Events;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace DakarCafe.Server.Payments;

/// <summary>
/// <c>payments:refundPayment</c> (staff): pays a paid attempt back through its provider (Wave, card), or records a
/// refund made by hand (cash, Orange Money, or a provider's portal). An attempt that paid its order marks the order
/// refunded; one that was due back (money that arrived for an order already paid or cancelled) only closes itself.
/// </summary>
internal static class PaymentRefunds
{

    public static async Task<PaymentSummary> HandleAsync(ActionContext ctx, RefundPaymentArgs args, CancellationToken ct)
    {
        var target = await ctx.RunQueryAsync<RefundRequest>("payments:refundTarget", args, ct);
        if (!args.RefundedOutsideTheShop)
        {
            var provider = ctx.Services.GetRequiredService<PaymentProviders>().For(target.Method);
            if (!provider.CanRefund)
            {
                throw new AppError(ShopErrorCodes.RefundNotSupported, "This provider cannot refund through its API: refund by hand, then record it.",
                    new { field = "refundedOutsideTheShop" });
            }

            try
            {
                await provider.RefundAsync(target, ct);
            }
            catch (Exception e) when (e is PaymentProviderException or HttpRequestException or TimeoutRejectedException or BrokenCircuitException)
            {
                throw new AppError(ShopErrorCodes.PaymentProviderUnavailable, "The payment provider cannot refund right now; nothing was recorded, try again.",
                    new { retryable = true });
            }
        }

        return await ctx.RunMutationAsync<PaymentSummary>("payments:recordRefund", args, ct);
    }

    /// <summary>The paid attempt to refund, checked.</summary>
    public static async Task<RefundRequest> TargetAsync(QueryContext ctx, RefundPaymentArgs args, CancellationToken ct)
    {
        var payment = await PaidAsync(ctx, args.PaymentId, ct);
        return new RefundRequest(payment.Id, payment.Method, payment.ProviderReference ?? "", payment.TransactionId, payment.Amount);
    }

    public static async Task<PaymentSummary> RecordAsync(MutationContext ctx, RefundPaymentArgs args, CancellationToken ct)
    {
        var payment = await PaidAsync(ctx, args.PaymentId, ct);
        var now = ctx.Time.GetUtcNow();
        var refunded = payment with { Status = PaymentStatus.Refunded, RefundDue = false, UpdatedAt = now };
        ctx.Store(refunded);
        if (!payment.RefundDue && await ctx.LoadAsync<Order>(payment.OrderId, ct) is { PaymentStatus: PaymentStatus.Paid } order)
        {
            await OrderEvents.AppendAsync(ctx, order, [new PaymentRefunded(payment.Id, payment.Amount, now)], ct);
        }

        return PaymentSummary.Of(refunded);
    }

    private static async Task<Payment> PaidAsync(QueryContext ctx, Guid paymentId, CancellationToken ct) =>
        await ctx.LoadAsync<Payment>(paymentId, ct) switch
        {
            null => throw new AppError(ErrorCodes.NotFound, "No such payment.", new { field = "paymentId" }),
            { Status: PaymentStatus.Paid } paid => paid,
            var other => throw new AppError(ShopErrorCodes.NothingToRefund, $"Only a paid payment can be refunded; this one is {other.Status.ToString().ToLowerInvariant()}.",
                new { field = "paymentId" }),
        };
}
