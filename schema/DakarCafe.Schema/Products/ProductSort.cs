namespace DakarCafe.Schema.Products;

/// <summary>The orders of a product list.</summary>
public enum ProductSort
{
    /// <summary>By name, A to Z.</summary>
    Name,

    /// <summary>By price, cheapest first.</summary>
    Price,

    /// <summary>By rating, best first.</summary>
    Rating,

    /// <summary>Newest first.</summary>
    Newest,
}
