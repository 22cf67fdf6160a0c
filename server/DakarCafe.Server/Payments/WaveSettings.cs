namespace DakarCafe.Server.Payments;

/// <summary><c>Payments:Wave</c>: the Wave Checkout API.</summary>
internal sealed record WaveSettings
{
    public Uri BaseUrl { get; init; } = new("https://api.wave.com/");

    /// <summary>The business API key (Bearer).</summary>
    public required string ApiKey { get; init; }

    /// <summary>The webhook's signing secret (Wave-Signature).</summary>
    public required string WebhookSecret { get; init; }
}
