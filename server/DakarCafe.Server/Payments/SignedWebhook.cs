using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace DakarCafe.Server.Payments;

/// <summary>
/// The webhook signature Wave and Stripe share: a header <c>t=&lt;unix seconds&gt;,v1=&lt;hex HMAC-SHA256&gt;</c> over the
/// timestamp, a separator (none for Wave, "." for Stripe) and the raw body. Several v1 values may be present while a
/// secret is rolled. A timestamp outside the tolerance is refused, so a captured notification cannot be replayed later.
/// </summary>
internal static class SignedWebhook
{
    public static void Verify(string? header, string body, string secret, string separator, DateTimeOffset now, TimeSpan tolerance)
    {
        var parts = (header ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2)).Where(p => p.Length == 2).ToList();
        var timestamp = parts.FirstOrDefault(p => p[0] == "t")?[1];
        if (timestamp is null || !long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            throw WebhookRejectedException.Signature("The signature header is missing or has no timestamp.");
        }

        if ((now - DateTimeOffset.FromUnixTimeSeconds(seconds)).Duration() > tolerance)
        {
            throw WebhookRejectedException.Signature("The signature is too old (or from the future): refused as a replay.");
        }

        var expected = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(timestamp + separator + body));
        var matches = parts.Where(p => p[0] == "v1").Any(p => Hex(p[1]) is { } given && CryptographicOperations.FixedTimeEquals(given, expected));
        if (!matches)
        {
            throw WebhookRejectedException.Signature("The signature does not match the body.");
        }
    }

    private static byte[]? Hex(string value)
    {
        try
        {
            return Convert.FromHexString(value);
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
