namespace DakarCafe.Schema.Reviews;

/// <summary>The arguments of <c>reviews:moderateReview</c>.</summary>
/// <param name="ReviewId">The review.</param>
/// <param name="IsVisible">False to hide it, true to show it again.</param>
/// <param name="Reason">Why (required to hide, at most 500 characters).</param>
public sealed record ModerateReviewArgs(Guid ReviewId, bool IsVisible, string? Reason = null);
