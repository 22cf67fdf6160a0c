namespace DakarCafe.Server.Payments;

/// <summary><c>Payments:Card</c>: card payments through Stripe Checkout (XOF, a zero-decimal currency).</summary>
internal sealed record CardSettings
{
    public Uri BaseUrl { get; init; } = new("https://api.stripe.com/");

    /// <summary>The secret API key (Bearer).</summary>
    public required string SecretKey { get; init; }

    /// <summary>The webhook endpoint's signing secret (Stripe-Signature).</summary>
    public required string WebhookSecret { get; init; }
}
