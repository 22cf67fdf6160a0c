namespace DakarCafe.Schema.Reviews;

/// <summary>The orders of a product's reviews.</summary>
public enum ReviewSort
{
    /// <summary>The latest first.</summary>
    Newest,

    /// <summary>The most helpful first.</summary>
    MostHelpful,

    /// <summary>The most stars first.</summary>
    HighestRating,

    /// <summary>The fewest stars first.</summary>
    LowestRating,
}
