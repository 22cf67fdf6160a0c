using System.Globalization;
using System.Net.Http.Headers;
using DakarCafe.Schema.Orders;

namespace DakarCafe.Server.Payments;

/// <summary>
/// Wave's Checkout API: <c>POST /v1/checkout/sessions</c> (Bearer key, Idempotency-Key) answers a session whose
/// <c>wave_launch_url</c> opens the Wave app; <c>checkout.session.completed</c> and
/// <c>checkout.session.payment_failed</c> webhooks carry our <c>client_reference</c>, signed with Wave-Signature.
/// </summary>
internal sealed class WaveProvider(IHttpClientFactory clients, PaymentSettings settings) : IPaymentProvider
{
    private readonly WaveSettings _wave = settings.Wave!;

    public PaymentMethod Method => PaymentMethod.Wave;

    private AuthenticationHeaderValue Bearer => new("Bearer", _wave.ApiKey);

    public const string ClientName = "wave";

    public string Name => ClientName;

    public string Instructions(long amount) => $"Approve {amount} FCFA in the Wave app: open the link on your phone.";

    public async Task<ProviderCheckout> StartAsync(PaymentRequest request, CancellationToken ct)
    {
        var checkout = new CheckoutRequest(
            request.Amount.ToString(CultureInfo.InvariantCulture), "XOF", request.PaymentId.ToString(), request.ReturnUrl, request.ReturnUrl, request.PayerPhone);
        using var response = await ProviderHttp.PostAsync(clients.CreateClient(Name), "v1/checkout/sessions", JsonContent.Create(checkout, options: ProviderHttp.Json),
            Bearer, request.PaymentId.ToString(), ct);
        var session = await ProviderHttp.ReadAsync<Session>(response, "Wave", ct);
        return session is { Id: { } id, WaveLaunchUrl: { } url } ? new ProviderCheckout(id, url) : throw new PaymentProviderException("Wave answered no session.");
    }

    public bool CanRefund => true;

    public async Task RefundAsync(RefundRequest request, CancellationToken ct)
    {
        using var response = await ProviderHttp.PostAsync(clients.CreateClient(Name), $"v1/checkout/sessions/{Uri.EscapeDataString(request.Reference)}/refund",
            content: null, Bearer, $"refund-{request.PaymentId}", ct);
        ProviderHttp.EnsureSuccess(response, "Wave");
    }

    public ProviderNotification? ReadNotification(IHeaderDictionary headers, string body, DateTimeOffset now)
    {
        SignedWebhook.Verify(headers["Wave-Signature"], body, _wave.WebhookSecret, separator: "", now, settings.WebhookTolerance);
        var notification = ProviderHttp.ReadNotification<Event>(body);
        var data = notification.Data ?? throw WebhookRejectedException.Unreadable("The event has no data.");
        var paymentId = Guid.TryParse(data.ClientReference, out var id) ? id : (Guid?)null;
        var amount = long.TryParse(data.Amount, NumberStyles.None, CultureInfo.InvariantCulture, out var a) ? a : (long?)null;
        return notification.Type switch
        {
            "checkout.session.completed" => new ProviderNotification(paymentId, data.Id, null, Succeeded: true, amount, data.TransactionId, null),
            "checkout.session.payment_failed" => new ProviderNotification(paymentId, data.Id, null, Succeeded: false, amount, null,
                data.LastPaymentError?.Message ?? "The payment was declined."),
            _ => null,
        };
    }

    private sealed record CheckoutRequest(string Amount, string Currency, string ClientReference, Uri SuccessUrl, Uri ErrorUrl, string? RestrictPayerMobile);

    private sealed record Session(string? Id, string? WaveLaunchUrl);

    private sealed record Event(string? Id, string? Type, EventData? Data);

    private sealed record EventData(string? Id, string? Amount, string? ClientReference, string? TransactionId, PaymentError? LastPaymentError);

    private sealed record PaymentError(string? Code, string? Message);
}
