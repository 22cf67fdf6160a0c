namespace DakarCafe.Server.Payments;

/// <summary><c>Payments:OrangeMoney</c>: Orange Money Web Payment (OAuth client credentials, then a web payment per order).</summary>
internal sealed record OrangeMoneySettings
{
    public Uri BaseUrl { get; init; } = new("https://api.orange.com/");

    /// <summary>The path of the web payment endpoint (the sandbox's is under <c>orange-money-webpay/dev</c>).</summary>
    public string WebPaymentPath { get; init; } = "orange-money-webpay/sn/v1/webpayment";

    public required string ClientId { get; init; }

    public required string ClientSecret { get; init; }

    public required string MerchantKey { get; init; }
}
