namespace DakarCafe.Schema.Reviews;

/// <summary>A product's rating from its visible reviews.</summary>
/// <param name="ProductId">The product.</param>
/// <param name="Average">The average stars, to one decimal (0 without reviews).</param>
/// <param name="Count">How many visible reviews.</param>
/// <param name="Stars">How many visible reviews gave 1, 2, 3, 4 and 5 stars (five counts).</param>
public sealed record RatingSummary(Guid ProductId, decimal Average, int Count, IReadOnlyList<int> Stars);
