namespace DakarCafe.Schema.Reviews;

/// <summary>The arguments of <c>reviews:updateReview</c>: the review as its author now writes it.</summary>
/// <param name="ReviewId">The review.</param>
/// <param name="Rating">1 to 5 stars.</param>
/// <param name="Title">A title (at most 120 characters).</param>
/// <param name="Comment">The text (at most 2000 characters).</param>
/// <param name="Images">Storage ids of up to 5 photos.</param>
public sealed record UpdateReviewArgs(Guid ReviewId, int Rating, string? Title = null, string? Comment = null, IReadOnlyList<string>? Images = null);
