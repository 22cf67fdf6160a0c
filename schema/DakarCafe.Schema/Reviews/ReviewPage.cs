namespace DakarCafe.Schema.Reviews;

/// <summary>A page of reviews for moderation, newest first.</summary>
/// <param name="Items">The reviews of the page.</param>
/// <param name="Total">How many match in all.</param>
public sealed record ReviewPage(IReadOnlyList<Review> Items, int Total);
