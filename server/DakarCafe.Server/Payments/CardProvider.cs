using System.Globalization;
using System.Net.Http.Headers;
using DakarCafe.Schema.Orders;

namespace DakarCafe.Server.Payments;

/// <summary>
/// Card payments through Stripe Checkout: <c>POST /v1/checkout/sessions</c> (form-encoded, Bearer secret key,
/// Idempotency-Key) in XOF, a zero-decimal currency, so the amount is whole francs; <c>checkout.session.completed</c>
/// (paid) and <c>checkout.session.async_payment_failed</c> / <c>expired</c> webhooks, signed with Stripe-Signature.
/// </summary>
internal sealed class CardProvider(IHttpClientFactory clients, PaymentSettings settings) : IPaymentProvider
{
    private readonly CardSettings _card = settings.Card!;

    public PaymentMethod Method => PaymentMethod.Card;

    private AuthenticationHeaderValue Bearer => new("Bearer", _card.SecretKey);

    public const string ClientName = "card";

    public string Name => ClientName;

    public string Instructions(long amount) => $"Pay {amount} FCFA by card on the secure payment page.";

    public async Task<ProviderCheckout> StartAsync(PaymentRequest request, CancellationToken ct)
    {
        var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["mode"] = "payment",
            ["client_reference_id"] = request.PaymentId.ToString(),
            ["success_url"] = request.ReturnUrl.ToString(),
            ["cancel_url"] = request.ReturnUrl.ToString(),
            ["line_items[0][quantity]"] = "1",
            ["line_items[0][price_data][currency]"] = "xof",
            ["line_items[0][price_data][unit_amount]"] = request.Amount.ToString(CultureInfo.InvariantCulture),
            ["line_items[0][price_data][product_data][name]"] = $"DakarCafé Express {request.OrderNumber}",
            ["metadata[order_number]"] = request.OrderNumber,
        });
        using var response = await ProviderHttp.PostAsync(clients.CreateClient(Name), "v1/checkout/sessions", form, Bearer, request.PaymentId.ToString(), ct);
        var session = await ProviderHttp.ReadAsync<Session>(response, "Stripe", ct);
        return session is { Id: { } id, Url: { } url } ? new ProviderCheckout(id, url) : throw new PaymentProviderException("Stripe answered no session.");
    }

    public bool CanRefund => true;

    public async Task RefundAsync(RefundRequest request, CancellationToken ct)
    {
        var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["payment_intent"] = request.TransactionId ?? "" });
        using var response = await ProviderHttp.PostAsync(clients.CreateClient(Name), "v1/refunds", form, Bearer, $"refund-{request.PaymentId}", ct);
        ProviderHttp.EnsureSuccess(response, "Stripe");
    }

    public ProviderNotification? ReadNotification(IHeaderDictionary headers, string body, DateTimeOffset now)
    {
        SignedWebhook.Verify(headers["Stripe-Signature"], body, _card.WebhookSecret, separator: ".", now, settings.WebhookTolerance);
        var notification = ProviderHttp.ReadNotification<Event>(body);
        var session = notification.Data?.Object ?? throw WebhookRejectedException.Unreadable("The event has no checkout session.");
        var paymentId = Guid.TryParse(session.ClientReferenceId, out var id) ? id : (Guid?)null;
        return notification.Type switch
        {
            "checkout.session.completed" or "checkout.session.async_payment_succeeded" when session.PaymentStatus == "paid" =>
                new ProviderNotification(paymentId, session.Id, null, Succeeded: true, session.AmountTotal, session.PaymentIntent, null),
            "checkout.session.async_payment_failed" => new ProviderNotification(paymentId, session.Id, null, Succeeded: false, session.AmountTotal, null,
                "The card payment failed."),
            "checkout.session.expired" => new ProviderNotification(paymentId, session.Id, null, Succeeded: false, session.AmountTotal, null,
                "The card checkout expired."),
            _ => null,
        };
    }

    private sealed record Session(string? Id, string? Url);

    private sealed record Event(string? Id, string? Type, EventData? Data);

    private sealed record EventData(CheckoutSession? Object);

    private sealed record CheckoutSession(string? Id, string? ClientReferenceId, long? AmountTotal, string? PaymentStatus, string? PaymentIntent);
}
