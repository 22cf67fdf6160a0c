using DakarCafe.Schema.Orders;

namespace DakarCafe.Server.Payments;

/// <summary>
/// Cash to the courier: nothing to open and nobody to call; the payment is settled when staff mark the order
/// delivered, so no notification can ever be about it.
/// </summary>
internal sealed class CashOnDeliveryProvider : IPaymentProvider
{
    public PaymentMethod Method => PaymentMethod.CashOnDelivery;

    public const string ClientName = "cash";

    public string Name => ClientName;

    public string Instructions(long amount) => $"Pay {amount} FCFA in cash to the courier on delivery.";

    public bool CanRefund => false;

    public Task RefundAsync(RefundRequest request, CancellationToken ct) => throw new NotSupportedException($"{ClientName} has no refund API.");

    public Task<ProviderCheckout> StartAsync(PaymentRequest request, CancellationToken ct) =>
        Task.FromResult(new ProviderCheckout($"cash-{request.OrderNumber}", CheckoutUrl: null));

    public ProviderNotification? ReadNotification(IHeaderDictionary headers, string body, DateTimeOffset now) =>
        throw WebhookRejectedException.Signature("Cash on delivery is settled at delivery, never by a notification.");
}
