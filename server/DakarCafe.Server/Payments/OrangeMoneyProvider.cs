using DakarCafe.Schema.Orders;
using DakarCafe.Server.Orange;

namespace DakarCafe.Server.Payments;

/// <summary>
/// Orange Money Web Payment: with a token from Orange's gateway (<see cref="OrangeAccessTokens"/>),
/// <c>POST webpayment</c> answers a <c>pay_token</c>, the <c>payment_url</c> where the payer confirms with their
/// PIN, and a <c>notif_token</c>. Orange does not sign its notifications to <c>notif_url</c>; each carries the
/// checkout's notif_token instead, which identifies and authenticates it (the shop keeps only its hash).
/// </summary>
internal sealed class OrangeMoneyProvider(IHttpClientFactory clients, PaymentSettings settings, OrangeAccessTokens tokens) : IPaymentProvider
{
    private readonly OrangeMoneySettings _orange = settings.OrangeMoney!;

    public PaymentMethod Method => PaymentMethod.OrangeMoney;

    public const string ClientName = "orange-money";

    public string Name => ClientName;

    public string Instructions(long amount) => $"Confirm {amount} FCFA with your Orange Money PIN on the payment page.";

    public bool CanRefund => false;

    public Task RefundAsync(RefundRequest request, CancellationToken ct) => throw new NotSupportedException($"{ClientName} has no refund API.");

    public async Task<ProviderCheckout> StartAsync(PaymentRequest request, CancellationToken ct)
    {
        var payment = new WebPaymentRequest(_orange.MerchantKey, "XOF", request.PaymentId.ToString("N"), request.Amount, request.ReturnUrl, request.ReturnUrl,
            request.NotifyUrl, "fr", $"DakarCafé {request.OrderNumber}");
        var client = clients.CreateClient(Name);
        using var response = await ProviderHttp.PostAsync(client, _orange.WebPaymentPath, JsonContent.Create(payment, options: ProviderHttp.Json),
            await tokens.BearerAsync(client, _orange.ClientId, _orange.ClientSecret, ct), idempotencyKey: null, ct);
        var started = await ProviderHttp.ReadAsync<WebPayment>(response, "Orange Money", ct);
        return started is { PayToken: { } reference, PaymentUrl: { } url, NotifToken: { } token }
            ? new ProviderCheckout(reference, url, token)
            : throw new PaymentProviderException("Orange Money answered no payment.");
    }

    public ProviderNotification? ReadNotification(IHeaderDictionary headers, string body, DateTimeOffset now)
    {
        var notification = ProviderHttp.ReadNotification<Notification>(body);
        if (string.IsNullOrEmpty(notification.NotifToken))
        {
            throw WebhookRejectedException.Signature("The notification carries no notif_token.");
        }

        return notification.Status switch
        {
            "SUCCESS" => new ProviderNotification(null, null, notification.NotifToken, Succeeded: true, null, notification.Txnid, null),
            "FAILED" => new ProviderNotification(null, null, notification.NotifToken, Succeeded: false, null, notification.Txnid,
                "Orange Money reported the payment failed."),
            _ => null,
        };
    }

    private sealed record WebPaymentRequest(
        string MerchantKey, string Currency, string OrderId, long Amount, Uri ReturnUrl, Uri CancelUrl, Uri NotifUrl, string Lang, string Reference);

    private sealed record WebPayment(int Status, string? PayToken, string? PaymentUrl, string? NotifToken);

    private sealed record Notification(string? Status, string? NotifToken, string? Txnid);
}
