using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace DakarCafe.Fixtures;

/// <summary>
/// The payment providers on 127.0.0.1, speaking their real HTTP shapes: Wave's Checkout API (<c>/wave</c>), Orange
/// Money Web Payment with its OAuth token (<c>/orange</c>) and Stripe Checkout (<c>/stripe</c>). It checks the
/// credentials the shop sends, honours Idempotency-Key, and plays the payer: <see cref="PayAsync"/> sends the
/// provider's notification (signed as the provider signs it) to the shop. Tests make it fail, stall or repeat itself.
/// </summary>
public sealed class PaymentSandbox : IAsyncDisposable
{
    public const string Wave = "wave";
    public const string Orange = "orange";
    public const string Stripe = "stripe";

    public const string WaveApiKey = "wave_sn_prod_sandbox";
    public const string WaveWebhookSecret = "wave_sn_WHS_sandbox";
    public const string OrangeClientId = "om-client";
    public const string OrangeClientSecret = "om-secret";
    public const string OrangeMerchantKey = "om-merchant-0001";
    public const string StripeSecretKey = "sk_test_sandbox";
    public const string StripeWebhookSecret = "whsec_sandbox";

    private WebApplication _app = null!;
    private readonly ConcurrentDictionary<string, Checkout> _checkouts = new();
    private readonly ProviderFaults _faults = new();
    private readonly ConcurrentDictionary<string, string> _refunds = new();
    private readonly HttpClient _shop = new();
    private readonly OrangeGateway _orange = new(OrangeClientId, OrangeClientSecret);

    private PaymentSandbox()
    {
    }

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The shop's configuration that points every provider here, with short timeouts for tests.</summary>
    public IReadOnlyDictionary<string, string?> ShopSettings(TimeSpan attemptTimeout, int retries = 2, int circuitMinimumThroughput = 100) =>
        new Dictionary<string, string?>
        {
            ["Payments:AttemptTimeout"] = attemptTimeout.ToString("c", CultureInfo.InvariantCulture),
            ["Payments:Retries"] = retries.ToString(CultureInfo.InvariantCulture),
            ["Payments:CircuitMinimumThroughput"] = circuitMinimumThroughput.ToString(CultureInfo.InvariantCulture),
            ["Payments:Wave:BaseUrl"] = new Uri(BaseAddress, "wave/").ToString(),
            ["Payments:Wave:ApiKey"] = WaveApiKey,
            ["Payments:Wave:WebhookSecret"] = WaveWebhookSecret,
            ["Payments:OrangeMoney:BaseUrl"] = new Uri(BaseAddress, "orange/").ToString(),
            ["Payments:OrangeMoney:WebPaymentPath"] = "orange-money-webpay/dev/v1/webpayment",
            ["Payments:OrangeMoney:ClientId"] = OrangeClientId,
            ["Payments:OrangeMoney:ClientSecret"] = OrangeClientSecret,
            ["Payments:OrangeMoney:MerchantKey"] = OrangeMerchantKey,
            ["Payments:Card:BaseUrl"] = new Uri(BaseAddress, "stripe/").ToString(),
            ["Payments:Card:SecretKey"] = StripeSecretKey,
            ["Payments:Card:WebhookSecret"] = StripeWebhookSecret,
        };

    public static async Task<PaymentSandbox> StartAsync()
    {
        var sandbox = new PaymentSandbox();
        (sandbox._app, sandbox.BaseAddress) = await ProviderFaults.StartLoopbackAsync(app =>
        {
            app.MapPost("/wave/v1/checkout/sessions", sandbox.WaveCheckoutAsync);
            app.MapPost("/orange/oauth/v3/token", sandbox.OrangeTokenAsync);
            app.MapPost("/orange/orange-money-webpay/dev/v1/webpayment", sandbox.OrangeWebPaymentAsync);
            app.MapPost("/stripe/v1/checkout/sessions", sandbox.StripeCheckoutAsync);
            app.MapPost("/wave/v1/checkout/sessions/{id}/refund", sandbox.WaveRefundAsync);
            app.MapPost("/stripe/v1/refunds", sandbox.StripeRefundAsync);
        });
        return sandbox;
    }

    /// <summary>The next <paramref name="count"/> calls to the provider answer <paramref name="status"/>.</summary>
    public void FailNext(string provider, int count, HttpStatusCode status = HttpStatusCode.InternalServerError) =>
        _faults.FailNext(provider, count, status);

    /// <summary>The next <paramref name="count"/> calls to the provider answer only after <paramref name="delay"/>.</summary>
    public void StallNext(string provider, int count, TimeSpan delay) => _faults.StallNext(provider, count, delay);

    /// <summary>Calls the provider received, failed ones included.</summary>
    public int Requests(string provider) => _faults.Requests(provider);

    /// <summary>Checkouts the provider opened (an idempotent repeat opens none).</summary>
    public int Checkouts(string provider) => _checkouts.Values.Count(c => c.Provider == provider);

    /// <summary>Refunds the provider made (an idempotent repeat makes none).</summary>
    public int Refunds(string provider) => _refunds.Values.Count(p => p == provider);

    /// <summary>OAuth tokens Orange Money granted.</summary>
    public int OrangeTokensGranted => _orange.TokensGranted;

    /// <summary>
    /// The payer approves (or fails) the checkout opened at <paramref name="checkoutUrl"/>: the provider notifies the shop
    /// <paramref name="deliveries"/> times at once, as providers that retry and race do. Returns the shop's answers.
    /// </summary>
    public async Task<IReadOnlyList<HttpResponseMessage>> PayAsync(Uri shop, string checkoutUrl, bool succeeded = true, int deliveries = 1,
        long? amount = null)
    {
        var checkout = _checkouts.Values.Single(c => c.Url == checkoutUrl);
        var (path, body, headers) = Notification(checkout, succeeded, amount ?? checkout.Amount, shop);
        return await Task.WhenAll(Enumerable.Range(0, deliveries).Select(_ => SendAsync(path, body, headers)));
    }

    /// <summary>Posts a body to the shop's webhook of a provider with the given signature header, as an attacker or a broken proxy might.</summary>
    public Task<HttpResponseMessage> PostAsync(Uri webhook, string body, string? signatureHeader = null, string? signature = null) =>
        SendAsync(webhook, body, signatureHeader is null ? [] : [(signatureHeader, signature!)]);

    /// <summary>A Wave-Signature header for a body, as Wave computes it (timestamp immediately followed by the body).</summary>
    public static string WaveSignature(string body, DateTimeOffset at, string secret = WaveWebhookSecret) =>
        $"t={at.ToUnixTimeSeconds()},v1={Hmac(secret, $"{at.ToUnixTimeSeconds()}{body}")}";

    /// <summary>A Stripe-Signature header for a body, as Stripe computes it (timestamp, a dot, the body).</summary>
    public static string StripeSignature(string body, DateTimeOffset at, string secret = StripeWebhookSecret) =>
        $"t={at.ToUnixTimeSeconds()},v1={Hmac(secret, $"{at.ToUnixTimeSeconds()}.{body}")}";

    /// <summary>The JSON Wave posts when a checkout session completes.</summary>
    public static string WaveCompletedEvent(string sessionId, string clientReference, long amount) => new JsonObject
    {
        ["id"] = "EV_" + Guid.NewGuid().ToString("N")[..12],
        ["type"] = "checkout.session.completed",
        ["data"] = new JsonObject
        {
            ["id"] = sessionId,
            ["amount"] = amount.ToString(CultureInfo.InvariantCulture),
            ["checkout_status"] = "complete",
            ["client_reference"] = clientReference,
            ["currency"] = "XOF",
            ["payment_status"] = "succeeded",
            ["transaction_id"] = "T_" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant(),
            ["when_completed"] = "2026-11-26T10:00:00Z",
        },
    }.ToJsonString();

    public async ValueTask DisposeAsync()
    {
        _shop.Dispose();
        await _app.DisposeAsync();
    }

    private async Task<IResult> WaveCheckoutAsync(HttpRequest request, CancellationToken ct)
    {
        if (await EnterAsync(Wave, ct) is { } fault)
        {
            return fault;
        }

        if (request.Headers.Authorization.ToString() != $"Bearer {WaveApiKey}")
        {
            return Results.Json(new { code = "invalid-auth", message = "Invalid API key." }, statusCode: 401);
        }

        var body = await request.ReadFromJsonAsync<JsonObject>(ct);
        if (body?["currency"]?.GetValue<string>() != "XOF" || !long.TryParse(body["amount"]?.GetValue<string>(), out var amount) || amount <= 0
            || body["client_reference"] is null || body["success_url"] is null || body["error_url"] is null)
        {
            return Results.Json(new { code = "request-validation-error", message = "amount, currency, success_url and error_url are required." },
                statusCode: 400);
        }

        var key = "wave:" + (request.Headers["Idempotency-Key"].FirstOrDefault() ?? Guid.NewGuid().ToString());
        var checkout = _checkouts.GetOrAdd(key, _ =>
        {
            var id = "cos-" + Guid.NewGuid().ToString("N")[..14];
            return new Checkout(Wave, id, body["client_reference"]!.GetValue<string>(), amount, $"https://pay.wave.com/c/{id}?a={amount}&c=XOF", null, null);
        });
        return Results.Json(new
        {
            id = checkout.Reference,
            amount = amount.ToString(CultureInfo.InvariantCulture),
            checkout_status = "open",
            client_reference = checkout.ClientReference,
            currency = "XOF",
            payment_status = "processing",
            wave_launch_url = checkout.Url,
            when_created = "2026-11-26T10:00:00Z",
            when_expires = "2026-11-27T10:00:00Z",
        });
    }

    private async Task<IResult> OrangeTokenAsync(HttpRequest request, CancellationToken ct)
    {
        if (await EnterAsync(Orange, ct) is { } fault)
        {
            return fault;
        }

        return await _orange.GrantAsync(request, ct);
    }

    private async Task<IResult> OrangeWebPaymentAsync(HttpRequest request, CancellationToken ct)
    {
        if (await EnterAsync(Orange, ct) is { } fault)
        {
            return fault;
        }

        if (!_orange.Admits(request))
        {
            return Results.Json(new { code = 42, message = "Expired credentials" }, statusCode: 401);
        }

        var body = await request.ReadFromJsonAsync<JsonObject>(ct);
        if (body?["merchant_key"]?.GetValue<string>() != OrangeMerchantKey || body["amount"]?.GetValue<long>() is not > 0 || body["notif_url"] is null
            || body["order_id"] is null || body["return_url"] is null || body["cancel_url"] is null)
        {
            return Results.Json(new { status = 400, message = "Bad request" }, statusCode: 400);
        }

        var payToken = "v1" + Guid.NewGuid().ToString("N");
        var checkout = new Checkout(Orange, payToken, body["order_id"]!.GetValue<string>(), body["amount"]!.GetValue<long>(),
            $"https://webpayment-qualif.orange-money.com/payment/pay_token/{payToken}", "nt-" + Guid.NewGuid().ToString("N"),
            new Uri(body["notif_url"]!.GetValue<string>()));
        _checkouts[payToken] = checkout;
        return Results.Json(new { status = 201, message = "OK", pay_token = payToken, payment_url = checkout.Url, notif_token = checkout.NotificationToken },
            statusCode: 201);
    }

    private async Task<IResult> StripeCheckoutAsync(HttpRequest request, CancellationToken ct)
    {
        if (await EnterAsync(Stripe, ct) is { } fault)
        {
            return fault;
        }

        if (request.Headers.Authorization.ToString() != $"Bearer {StripeSecretKey}")
        {
            return Results.Json(new { error = new { type = "invalid_request_error", message = "Invalid API Key provided." } }, statusCode: 401);
        }

        var form = await request.ReadFormAsync(ct);
        if (form["mode"] != "payment" || form["line_items[0][price_data][currency]"] != "xof"
            || !long.TryParse(form["line_items[0][price_data][unit_amount]"], out var amount) || form["success_url"].Count == 0)
        {
            return Results.Json(new { error = new { type = "invalid_request_error", message = "Missing required param." } }, statusCode: 400);
        }

        var key = "stripe:" + (request.Headers["Idempotency-Key"].FirstOrDefault() ?? Guid.NewGuid().ToString());
        var checkout = _checkouts.GetOrAdd(key, _ =>
        {
            var id = "cs_test_" + Guid.NewGuid().ToString("N");
            return new Checkout(Stripe, id, form["client_reference_id"].ToString(), amount, $"https://checkout.stripe.com/c/pay/{id}", null, null);
        });
        return Results.Json(new
        {
            id = checkout.Reference,
            @object = "checkout.session",
            url = checkout.Url,
            client_reference_id = checkout.ClientReference,
            amount_total = amount,
            currency = "xof",
            mode = "payment",
            payment_status = "unpaid",
            status = "open",
        });
    }

    private async Task<IResult> WaveRefundAsync(string id, HttpRequest request, CancellationToken ct)
    {
        if (await EnterAsync(Wave, ct) is { } fault)
        {
            return fault;
        }

        if (request.Headers.Authorization.ToString() != $"Bearer {WaveApiKey}")
        {
            return Results.Json(new { code = "invalid-auth", message = "Invalid API key." }, statusCode: 401);
        }

        if (!_checkouts.Values.Any(c => c.Provider == Wave && c.Reference == id))
        {
            return Results.Json(new { code = "checkout-session-not-found", message = "No such checkout session." }, statusCode: 404);
        }

        _refunds.TryAdd("wave:" + (request.Headers["Idempotency-Key"].FirstOrDefault() ?? Guid.NewGuid().ToString()), Wave);
        return Results.Ok();
    }

    private async Task<IResult> StripeRefundAsync(HttpRequest request, CancellationToken ct)
    {
        if (await EnterAsync(Stripe, ct) is { } fault)
        {
            return fault;
        }

        var form = await request.ReadFormAsync(ct);
        if (request.Headers.Authorization.ToString() != $"Bearer {StripeSecretKey}" || !form["payment_intent"].ToString().StartsWith("pi_", StringComparison.Ordinal))
        {
            return Results.Json(new { error = new { type = "invalid_request_error", message = "No such payment_intent." } }, statusCode: 400);
        }

        _refunds.TryAdd("stripe:" + (request.Headers["Idempotency-Key"].FirstOrDefault() ?? Guid.NewGuid().ToString()), Stripe);
        return Results.Json(new { id = "re_" + Guid.NewGuid().ToString("N")[..16], @object = "refund", payment_intent = form["payment_intent"].ToString(), status = "succeeded" });
    }

    private static (Uri Path, string Body, (string, string)[] Headers) Notification(Checkout checkout, bool succeeded, long amount, Uri shop)
    {
        var now = DateTimeOffset.FromUnixTimeSeconds(TimeProvider.System.GetUtcNow().ToUnixTimeSeconds());
        switch (checkout.Provider)
        {
            case Wave:
                var wave = succeeded
                    ? WaveCompletedEvent(checkout.Reference, checkout.ClientReference, amount)
                    : new JsonObject
                    {
                        ["id"] = "EV_" + Guid.NewGuid().ToString("N")[..12],
                        ["type"] = "checkout.session.payment_failed",
                        ["data"] = new JsonObject
                        {
                            ["id"] = checkout.Reference,
                            ["amount"] = amount.ToString(CultureInfo.InvariantCulture),
                            ["client_reference"] = checkout.ClientReference,
                            ["last_payment_error"] = new JsonObject { ["code"] = "insufficient-funds", ["message"] = "Solde insuffisant" },
                        },
                    }.ToJsonString();
                return (new Uri(shop, "payments/webhooks/wave"), wave, [("Wave-Signature", WaveSignature(wave, now))]);
            case Orange:
                var orange = JsonSerializer.Serialize(new
                {
                    status = succeeded ? "SUCCESS" : "FAILED",
                    notif_token = checkout.NotificationToken,
                    txnid = "MP" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant(),
                });
                return (checkout.NotifyUrl!, orange, []);
            default:
                var stripe = new JsonObject
                {
                    ["id"] = "evt_" + Guid.NewGuid().ToString("N"),
                    ["object"] = "event",
                    ["type"] = succeeded ? "checkout.session.completed" : "checkout.session.async_payment_failed",
                    ["data"] = new JsonObject
                    {
                        ["object"] = new JsonObject
                        {
                            ["id"] = checkout.Reference,
                            ["object"] = "checkout.session",
                            ["client_reference_id"] = checkout.ClientReference,
                            ["amount_total"] = amount,
                            ["currency"] = "xof",
                            ["payment_status"] = succeeded ? "paid" : "unpaid",
                            ["payment_intent"] = "pi_" + Guid.NewGuid().ToString("N")[..16],
                        },
                    },
                }.ToJsonString();
                return (new Uri(shop, "payments/webhooks/card"), stripe, [("Stripe-Signature", StripeSignature(stripe, now))]);
        }
    }

    private async Task<HttpResponseMessage> SendAsync(Uri path, string body, (string Name, string Value)[] headers)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return await _shop.SendAsync(request);
    }

    private async Task<IResult?> EnterAsync(string provider, CancellationToken ct)
    {
        if (_faults.Enter(provider) is not { } fault)
        {
            return null;
        }

        await Task.Delay(fault.Delay, ct);
        return fault.Status is { } status ? Results.Json(new { message = "Sandbox failure" }, statusCode: (int)status) : null;
    }

    private static string Hmac(string secret, string payload) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(payload)));

    private sealed record Checkout(string Provider, string Reference, string ClientReference, long Amount, string Url, string? NotificationToken, Uri? NotifyUrl);

}
