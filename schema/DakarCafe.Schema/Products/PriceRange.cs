namespace DakarCafe.Schema.Products;

/// <summary>An inclusive range of FCFA prices.</summary>
/// <param name="Min">The lowest price.</param>
/// <param name="Max">The highest price.</param>
public sealed record PriceRange(long Min, long Max);
