using DakarCafe.Engine.Errors;
using DakarCafe.Engine.Functions;
using DakarCafe.Schema;
using DakarCafe.Schema.Orders;
using DakarCafe.Schema.Payments;
using DakarCafe.Server.Orders;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace DakarCafe.Server.Payments;

/// <summary>
/// <c>payments:startPayment</c> (the order's customer): opens the order's payment attempt, asks its provider for a
/// checkout (with timeouts, retries and a circuit breaker, the attempt id as idempotency key) and records it, then
/// answers what the payer does next. Starting again while a checkout is open answers the same checkout. When the
/// provider cannot be reached the attempt is marked failed (the order stays pending) and the caller may try again.
/// </summary>
internal static class StartPayment
{

    public static async Task<PaymentInstructions> HandleAsync(ActionContext ctx, StartPaymentArgs args, CancellationToken ct)
    {
        var phone = args.PayerPhone is null ? null : SenegalPhoneNumbers.Normalize(args.PayerPhone) is { } normalized && SenegalPhoneNumbers.IsMobile(normalized)
            ? normalized
            : throw AppError.Validation("payerPhone", "The payer's phone must be a Senegalese mobile number, such as +221 77 123 45 67.");
        var attempt = await ctx.RunMutationAsync<PaymentAttempt>("payments:openAttempt", new OrderIdArgs(args.OrderId), ct);
        var provider = ctx.Services.GetRequiredService<PaymentProviders>().For(attempt.Method);
        if (attempt.CheckoutUrl is { } open)
        {
            return new PaymentInstructions(attempt.PaymentId, attempt.Method, attempt.Amount, open, provider.Instructions(attempt.Amount));
        }

        var links = ctx.Services.GetRequiredService<PaymentLinks>();
        ProviderCheckout checkout;
        try
        {
            checkout = await provider.StartAsync(
                new PaymentRequest(attempt.PaymentId, attempt.OrderNumber, attempt.Amount, phone, links.Return, links.Webhook(provider.Name)), ct);
        }
        catch (Exception e) when (e is PaymentProviderException or HttpRequestException or TimeoutRejectedException or BrokenCircuitException)
        {
            await ctx.RunMutationAsync<bool>("payments:recordFailure", new RecordFailureArgs(attempt.PaymentId, "The payment provider could not be reached."), ct);
            throw new AppError(ShopErrorCodes.PaymentProviderUnavailable, "The payment provider cannot be reached right now; try again in a moment.", new { retryable = true });
        }

        await ctx.RunMutationAsync<bool>("payments:recordCheckout", new RecordCheckoutArgs(attempt.PaymentId, checkout.Reference, checkout.CheckoutUrl,
            checkout.NotificationToken), ct);
        return new PaymentInstructions(attempt.PaymentId, attempt.Method, attempt.Amount, checkout.CheckoutUrl, provider.Instructions(attempt.Amount));
    }
}
