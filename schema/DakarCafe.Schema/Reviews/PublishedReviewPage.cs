namespace DakarCafe.Schema.Reviews;

/// <summary>A page of a product's visible reviews.</summary>
/// <param name="Items">The reviews of the page.</param>
/// <param name="Total">How many match in all.</param>
public sealed record PublishedReviewPage(IReadOnlyList<PublishedReview> Items, int Total);
