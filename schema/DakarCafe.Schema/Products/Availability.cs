namespace DakarCafe.Schema.Products;

/// <summary>Whether a product can be ordered.</summary>
public enum Availability
{
    /// <summary>In stock (or stock not tracked).</summary>
    InStock,

    /// <summary>At or under the low-stock threshold, but some left.</summary>
    LowStock,

    /// <summary>None left.</summary>
    OutOfStock,

    /// <summary>Deactivated.</summary>
    Unavailable,
}
