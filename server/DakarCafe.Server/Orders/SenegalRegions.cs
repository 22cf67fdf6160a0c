using System.Globalization;
using System.Text;

namespace DakarCafe.Server.Orders;

/// <summary>The fourteen regions of Senegal, recognised with or without accents and in any case.</summary>
internal static class SenegalRegions
{
    private static readonly string[] Names =
    [
        "Dakar", "Diourbel", "Fatick", "Kaffrine", "Kaolack", "Kédougou", "Kolda", "Louga", "Matam", "Saint-Louis", "Sédhiou", "Tambacounda", "Thiès",
        "Ziguinchor",
    ];

    private static readonly Dictionary<string, string> ByKey = Names.ToDictionary(Key, n => n, StringComparer.Ordinal);

    /// <summary>The region's proper name, or null when it is not a region of Senegal.</summary>
    public static string? Find(string region) => ByKey.GetValueOrDefault(Key(region));

    public static bool IsDakar(string region) => Find(region) == "Dakar";

    private static string Key(string name)
    {
        var decomposed = name.Trim().Replace(' ', '-').Normalize(NormalizationForm.FormD);
        return new string(decomposed.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark).ToArray()).ToUpperInvariant();
    }
}
