namespace DakarCafe.Schema.Reviews;

/// <summary>The arguments of <c>reviews:getProductReviews</c>.</summary>
/// <param name="ProductId">The product.</param>
/// <param name="Sort">The order (newest first by default).</param>
/// <param name="VerifiedOnly">Only reviews of customers who received the product.</param>
/// <param name="Limit">Page size (1 to 100, 20 by default).</param>
/// <param name="Offset">Reviews to skip.</param>
public sealed record GetProductReviewsArgs(Guid ProductId, ReviewSort Sort = ReviewSort.Newest, bool VerifiedOnly = false, int? Limit = null, int? Offset = null);
