using System.Text.RegularExpressions;

namespace DakarCafe.Server.Orders;

/// <summary>
/// Senegalese phone numbers: nine digits after the +221 country code, mobiles starting 70, 75, 76, 77 or 78 and fixed
/// lines 33. Spaces, dashes and dots are allowed, and the country code may be written +221, 00221 or left out.
/// </summary>
internal static partial class SenegalPhoneNumbers
{
    /// <summary>The number as +221XXXXXXXXX, or null when it is not a Senegalese number.</summary>
    public static string? Normalize(string? phone)
    {
        if (phone is null || phone.Length > 30)
        {
            return null;
        }

        var match = Pattern().Match(SeparatorPattern().Replace(phone.Trim(), ""));
        return match.Success ? "+221" + match.Groups["national"].Value : null;
    }

    /// <summary>True for a mobile number (the only kind mobile money reaches).</summary>
    public static bool IsMobile(string normalized) => normalized.Length == 13 && normalized[4] == '7';

    [GeneratedRegex(@"^(?:(?:\+|00)?221)?(?<national>(?:7[05678]|33)\d{7})$")]
    private static partial Regex Pattern();

    [GeneratedRegex(@"[\s\-\.]")]
    private static partial Regex SeparatorPattern();
}
