namespace DakarCafe.Schema.Reviews;

/// <summary>The arguments of <c>reviews:listReviews</c>.</summary>
/// <param name="IsVisible">Only visible (true) or only hidden (false) reviews; all when omitted.</param>
/// <param name="ProductId">Only one product's reviews.</param>
/// <param name="Limit">Page size (1 to 100, 20 by default).</param>
/// <param name="Offset">Reviews to skip.</param>
public sealed record ListReviewsArgs(bool? IsVisible = null, Guid? ProductId = null, int? Limit = null, int? Offset = null);
