using System.Globalization;
using System.Security;
using System.Text;
using DakarCafe.Schema.Products;

namespace DakarCafe.Server.SampleData;

/// <summary>
/// A packshot for each sample product, drawn here as SVG (nothing is downloaded): a capsule in its intensity's colour,
/// a machine (or a stove-top pot for the manual methods) in its colour, an accessory by its kind, on a soft background with the product's name. 480 × 480, with
/// no script, link or external reference.
/// </summary>
internal static class Packshots
{
    public const string ContentType = "image/svg+xml";

    /// <summary>From light (intensity 1) to dark (13): the colours of capsules.</summary>
    private static readonly string[] Intensities =
    [
        "#d9b26f", "#cf9a4e", "#c5823a", "#b86f2f", "#a85d28", "#96502a", "#7f4330", "#6b3a3a", "#5a3245", "#4a2b4f", "#3b2550", "#2d1f45", "#1f1a33",
    ];

    private static readonly Dictionary<string, string> MachineColours = new(StringComparer.Ordinal)
    {
        ["noir"] = "#2a2a2e",
        ["rouge"] = "#b3262e",
        ["blanc"] = "#f1efe9",
        ["argent"] = "#b9bcc2",
        ["gris"] = "#7d8087",
        ["bleu"] = "#2f5d9e",
        ["inox"] = "#c9ccd1",
        ["anthracite"] = "#3d4047",
        ["aluminium"] = "#a9adb3",
        ["verre"] = "#cfe3ea",
    };

    public static byte[] Draw(ProductInput product)
    {
        var (background, shape) = product.Category switch
        {
            ProductCategory.Capsules => ("#f6eadb", Capsule(Intensities[Math.Clamp((product.Specifications.Intensity ?? 6) - 1, 0, Intensities.Length - 1)],
                product.Specifications.Intensity)),
            ProductCategory.Machines when product.Subcategory == "manuelles" => ("#eef0f2", Pot(Colour(product))),
            ProductCategory.Machines => ("#eef0f2", Machine(Colour(product))),
            _ => ("#f3efe6", Accessory(product.Subcategory)),
        };
        var svg = $"""
            <svg xmlns="http://www.w3.org/2000/svg" width="480" height="480" viewBox="0 0 480 480">
            <rect width="480" height="480" fill="{background}"/>
            <ellipse cx="240" cy="392" rx="150" ry="18" fill="#00000018"/>
            {shape}
            <text x="240" y="452" text-anchor="middle" font-family="sans-serif" font-size="26" font-weight="600" fill="#3b2417">{SecurityElement.Escape(product.Name)}</text>
            </svg>
            """;
        return Encoding.UTF8.GetBytes(svg);
    }

    private static string Colour(ProductInput product) => MachineColours.GetValueOrDefault(product.Specifications.Color ?? "", "#55585f");

    /// <summary>A stove-top pot for the manual brewing methods.</summary>
    private static string Pot(string colour) => $"""
        <path d="M185 230 L295 230 L320 370 L160 370 Z" fill="{colour}" stroke="#00000040" stroke-width="4"/>
        <path d="M195 120 L285 120 L300 222 L180 222 Z" fill="{colour}" stroke="#00000040" stroke-width="4"/>
        <rect x="176" y="218" width="128" height="16" rx="4" fill="#3a3a3a"/>
        <path d="M285 140 Q352 150 344 210 Q338 250 300 256" fill="none" stroke="#2a2a2e" stroke-width="16"/>
        <path d="M195 120 L172 104 L200 110 Z" fill="{colour}"/>
        <circle cx="240" cy="108" r="10" fill="#2a2a2e"/>
        """;

    private static string Capsule(string colour, int? intensity) => $"""
        <path d="M150 170 L330 170 L300 360 Q240 385 180 360 Z" fill="{colour}"/>
        <path d="M150 170 L330 170 L322 222 L158 222 Z" fill="#ffffff22"/>
        <ellipse cx="240" cy="170" rx="110" ry="26" fill="{colour}" stroke="#00000030" stroke-width="4"/>
        <ellipse cx="240" cy="166" rx="84" ry="16" fill="#ffffff30"/>
        <circle cx="240" cy="290" r="34" fill="#ffffffd0"/>
        <text x="240" y="302" text-anchor="middle" font-family="sans-serif" font-size="34" font-weight="700" fill="{colour}">{(intensity ?? 0).ToString(CultureInfo.InvariantCulture)}</text>
        """;

    private static string Machine(string colour) => $"""
        <rect x="150" y="100" width="180" height="270" rx="28" fill="{colour}" stroke="#00000030" stroke-width="4"/>
        <rect x="172" y="126" width="136" height="40" rx="10" fill="#00000028"/>
        <rect x="214" y="196" width="52" height="34" rx="6" fill="#1c1c1c"/>
        <rect x="190" y="280" width="100" height="64" rx="8" fill="#ffffff"/>
        <rect x="190" y="334" width="100" height="10" fill="#d9d3c8"/>
        <rect x="130" y="356" width="220" height="22" rx="8" fill="#2a2a2e"/>
        """;

    private static string Accessory(string? kind) => kind switch
    {
        "tasses" => """
            <path d="M160 210 L320 210 L304 340 Q240 362 176 340 Z" fill="#ffffff" stroke="#c9b8a8" stroke-width="4"/>
            <path d="M318 236 Q372 240 360 290 Q350 320 306 316" fill="none" stroke="#c9b8a8" stroke-width="14"/>
            <ellipse cx="240" cy="212" rx="80" ry="14" fill="#6b3a1f"/>
            """,
        "entretien" => """
            <rect x="190" y="150" width="100" height="220" rx="22" fill="#3f8fc0"/>
            <rect x="218" y="110" width="44" height="46" rx="8" fill="#2c6a91"/>
            <rect x="202" y="230" width="76" height="70" rx="8" fill="#ffffffd0"/>
            """,
        "lait" => """
            <path d="M180 160 L300 160 L316 370 L164 370 Z" fill="#c9ccd1" stroke="#8d9197" stroke-width="4"/>
            <path d="M300 190 Q352 200 340 260 Q330 300 310 300" fill="none" stroke="#8d9197" stroke-width="14"/>
            <rect x="164" y="150" width="152" height="16" rx="6" fill="#8d9197"/>
            """,
        "rangement" => """
            <rect x="130" y="190" width="220" height="170" rx="10" fill="#9c6b3f"/>
            <rect x="130" y="190" width="220" height="40" rx="10" fill="#b98552"/>
            <rect x="220" y="262" width="40" height="14" rx="7" fill="#5e3d20"/>
            """,
        _ => """
            <rect x="175" y="170" width="130" height="200" rx="24" fill="#e8c07a" stroke="#b58a3e" stroke-width="4"/>
            <rect x="168" y="140" width="144" height="40" rx="10" fill="#b58a3e"/>
            <rect x="190" y="230" width="100" height="80" rx="8" fill="#fffaf0"/>
            """,
    };
}
