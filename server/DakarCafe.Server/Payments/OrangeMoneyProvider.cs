using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using DakarCafe.Schema.Orders;

namespace DakarCafe.Server.Payments;

/// <summary>
/// Orange Money Web Payment: an OAuth token (<c>POST /oauth/v3/token</c>, client credentials, kept until it expires),
/// then <c>POST webpayment</c> answers a <c>pay_token</c>, the <c>payment_url</c> where the payer confirms with their
/// PIN, and a <c>notif_token</c>. Orange does not sign its notifications to <c>notif_url</c>; each carries the
/// checkout's notif_token instead, which identifies and authenticates it (the shop keeps only its hash).
/// </summary>
internal sealed class OrangeMoneyProvider(IHttpClientFactory clients, PaymentSettings settings, TimeProvider time) : IPaymentProvider, IDisposable
{
    private readonly OrangeMoneySettings _orange = settings.OrangeMoney!;
    private readonly SemaphoreSlim _tokenGate = new(1, 1);
    private (string Value, DateTimeOffset Expires)? _token;

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
        using var response = await ProviderHttp.PostAsync(clients.CreateClient(Name), _orange.WebPaymentPath, JsonContent.Create(payment, options: ProviderHttp.Json),
            new AuthenticationHeaderValue("Bearer", await TokenAsync(ct)), idempotencyKey: null, ct);
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

    private async Task<string> TokenAsync(CancellationToken ct)
    {
        await _tokenGate.WaitAsync(ct);
        try
        {
            if (_token is { } token && token.Expires > time.GetUtcNow())
            {
                return token.Value;
            }

            var basic = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{_orange.ClientId}:{_orange.ClientSecret}")));
            using var response = await ProviderHttp.PostAsync(clients.CreateClient(Name), "oauth/v3/token",
                new FormUrlEncodedContent([new("grant_type", "client_credentials")]), basic, idempotencyKey: null, ct);
            var granted = await ProviderHttp.ReadAsync<TokenGrant>(response, "Orange Money", ct);
            var lifetime = TimeSpan.FromSeconds(Math.Max(granted.ExpiresIn.ValueKind == JsonValueKind.Number ? granted.ExpiresIn.GetInt64()
                : long.TryParse(granted.ExpiresIn.GetString(), out var seconds) ? seconds : 0, 60));
            _token = (granted.AccessToken ?? throw new PaymentProviderException("Orange Money granted no token."), time.GetUtcNow() + lifetime - TimeSpan.FromSeconds(30));
            return _token.Value.Value;
        }
        finally
        {
            _tokenGate.Release();
        }
    }

    public void Dispose() => _tokenGate.Dispose();

    private sealed record WebPaymentRequest(
        string MerchantKey, string Currency, string OrderId, long Amount, Uri ReturnUrl, Uri CancelUrl, Uri NotifUrl, string Lang, string Reference);

    private sealed record WebPayment(int Status, string? PayToken, string? PaymentUrl, string? NotifToken);

    /// <summary>Orange sends <c>expires_in</c> as a string of seconds; other gateways send a number.</summary>
    private sealed record TokenGrant(string? AccessToken, [property: JsonPropertyName("expires_in")] JsonElement ExpiresIn);

    private sealed record Notification(string? Status, string? NotifToken, string? Txnid);
}
