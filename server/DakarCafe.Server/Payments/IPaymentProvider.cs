using DakarCafe.Schema.Orders;

namespace DakarCafe.Server.Payments;

/// <summary>
/// One way to pay. A provider starts a checkout that the payer approves on the provider's side, and later tells the
/// shop the outcome through a notification (a webhook) that it proves it sent.
/// </summary>
internal interface IPaymentProvider
{
    PaymentMethod Method { get; }

    /// <summary>The last segment of the provider's webhook path, <c>/payments/webhooks/{name}</c>.</summary>
    string Name { get; }

    /// <summary>What the payer does, in a sentence.</summary>
    string Instructions(long amount);

    /// <summary>Starts a checkout; <see cref="PaymentRequest.PaymentId"/> doubles as the idempotency key, so a retried call starts one checkout.</summary>
    Task<ProviderCheckout> StartAsync(PaymentRequest request, CancellationToken ct);

    /// <summary>True when the provider's API can pay a payment back; otherwise staff refund by hand and record it.</summary>
    bool CanRefund { get; }

    /// <summary>Pays a paid attempt back in full through the provider (idempotent per attempt); only when <see cref="CanRefund"/>.</summary>
    Task RefundAsync(RefundRequest request, CancellationToken ct);

    /// <summary>
    /// Reads a notification after checking it is the provider's (<see cref="WebhookRejectedException"/> when not); null
    /// for events that are not about a checkout's outcome.
    /// </summary>
    ProviderNotification? ReadNotification(IHeaderDictionary headers, string body, DateTimeOffset now);
}
