namespace DakarCafe.Schema.Products;

/// <summary>The three top-level kinds of product.</summary>
public enum ProductCategory
{
    /// <summary>Coffee capsules.</summary>
    Capsules,

    /// <summary>Coffee machines.</summary>
    Machines,

    /// <summary>Cups, descalers, milk frothers and the like.</summary>
    Accessories,
}
