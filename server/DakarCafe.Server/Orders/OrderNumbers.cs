using System.Globalization;

namespace DakarCafe.Server.Orders;

/// <summary>
/// Human-readable order numbers, DCE-2026-000123: the year the order was placed (UTC) and a number from one counter
/// shared by every server node, so two orders never share a number.
/// </summary>
internal static class OrderNumbers
{
    /// <summary>The engine sequence the numbers come from.</summary>
    public const string Sequence = "order_numbers";

    public static string Format(DateTimeOffset placedAt, long number) =>
        string.Create(CultureInfo.InvariantCulture, $"DCE-{placedAt.UtcDateTime.Year}-{number:D6}");
}
