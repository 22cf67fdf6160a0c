using DakarCafe.Engine.Errors;
using DakarCafe.Schema;
using DakarCafe.Schema.Orders;

namespace DakarCafe.Server.Payments;

/// <summary>
/// The <c>Payments</c> configuration section. Cash on delivery is always offered; each online method is offered once
/// its provider is configured.
/// </summary>
internal sealed record PaymentSettings
{
    /// <summary>The server's address as payers' browsers and providers reach it (return pages and webhooks are under it); see <see cref="PaymentLinks"/>.</summary>
    public Uri? PublicBaseUrl { get; init; }

    /// <summary>How long one call to a provider may take before it is abandoned (and retried).</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How many times a failed call to a provider is retried.</summary>
    public int Retries { get; init; } = 2;

    /// <summary>Calls to one provider within 30 seconds before its failure rate can open its circuit (at half of them failing).</summary>
    public int CircuitMinimumThroughput { get; init; } = 10;

    /// <summary>How long an open circuit refuses calls to the provider before trying one again.</summary>
    public TimeSpan CircuitBreakDuration { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How old a signed webhook may be before it is refused as a replay.</summary>
    public TimeSpan WebhookTolerance { get; init; } = TimeSpan.FromMinutes(5);

    public WaveSettings? Wave { get; init; }

    public OrangeMoneySettings? OrangeMoney { get; init; }

    public CardSettings? Card { get; init; }

    public static PaymentSettings From(IConfiguration configuration) => configuration.GetSection("Payments").Get<PaymentSettings>() ?? new PaymentSettings();

    /// <summary>The method, when it is offered; otherwise <c>PAYMENT_METHOD_UNAVAILABLE</c>.</summary>
    public PaymentMethod Offered(PaymentMethod method) => Offers(method)
        ? method
        : throw new AppError(ShopErrorCodes.PaymentMethodUnavailable, "This payment method is not offered at the moment.", new { field = "paymentMethod" });

    public bool Offers(PaymentMethod method) => method switch
    {
        PaymentMethod.CashOnDelivery => true,
        PaymentMethod.Wave => Wave is not null,
        PaymentMethod.OrangeMoney => OrangeMoney is not null,
        PaymentMethod.Card => Card is not null,
        _ => false,
    };
}
