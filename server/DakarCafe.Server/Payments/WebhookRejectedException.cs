namespace DakarCafe.Server.Payments;

/// <summary>A notification that is not the provider's (bad or stale signature) or cannot be read.</summary>
internal sealed class WebhookRejectedException(int status, string code, string message) : Exception(message)
{
    public const string InvalidSignature = "INVALID_SIGNATURE";
    public const string Malformed = "MALFORMED_NOTIFICATION";

    public int Status { get; } = status;

    public string Code { get; } = code;

    public static WebhookRejectedException Signature(string message) => new(StatusCodes.Status401Unauthorized, InvalidSignature, message);

    public static WebhookRejectedException Unreadable(string message) => new(StatusCodes.Status400BadRequest, Malformed, message);
}
