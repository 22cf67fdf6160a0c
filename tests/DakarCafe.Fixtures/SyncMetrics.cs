using System.Globalization;
using System.Text.RegularExpressions;

namespace DakarCafe.Fixtures;

/// <summary>What a node's Prometheus scrape (<c>GET /metrics</c>) says of its sync hub.</summary>
public static class SyncMetrics
{
    /// <summary>The live sync connections the scrape reports, or -1 when it has no such line.</summary>
    public static long Connections(string metrics) =>
        Regex.Match(metrics, @"^dakarcafe_sync_connections(?:\{[^}]*\})? (\d+)", RegexOptions.Multiline) is { Success: true } line
            ? long.Parse(line.Groups[1].Value, CultureInfo.InvariantCulture)
            : -1;
}
