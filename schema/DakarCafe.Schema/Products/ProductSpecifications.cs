namespace DakarCafe.Schema.Products;

/// <summary>A product's technical details.</summary>
/// <param name="Weight">Such as "5.7 g" or "4 kg".</param>
/// <param name="Dimensions">Such as "14 x 33 x 25 cm".</param>
/// <param name="Material">Such as "aluminium".</param>
/// <param name="Color">Such as "rouge".</param>
/// <param name="Compatibility">Machine systems it fits, such as "Original".</param>
/// <param name="Intensity">For capsules: 1 (mild) to 13 (intense).</param>
public sealed record ProductSpecifications(
    string? Weight, string? Dimensions, string? Material, string? Color, IReadOnlyList<string> Compatibility, int? Intensity);
