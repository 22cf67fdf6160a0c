using DakarCafe.Protocol;
using DakarCafe.Schema.Products;
using DakarCafe.Schema.Reviews;

namespace DakarCafe.Schema;

public static partial class Api
{
    /// <summary>The <c>reviews</c> module's functions.</summary>
    public static class Reviews
    {
        /// <summary><c>reviews:createReview</c>: Reviews a product, once per customer and product.</summary>
        public static MutationReference<CreateReviewArgs, Review> CreateReview { get; } = new("reviews:createReview");

        /// <summary><c>reviews:updateReview</c>: The author rewrites their review.</summary>
        public static MutationReference<UpdateReviewArgs, Review> UpdateReview { get; } = new("reviews:updateReview");

        /// <summary><c>reviews:markHelpful</c>: Counts a review as helpful, once per customer.</summary>
        public static MutationReference<ReviewIdArgs, Review> MarkHelpful { get; } = new("reviews:markHelpful");

        /// <summary><c>reviews:moderateReview</c>: Hides or shows a review (moderators).</summary>
        public static MutationReference<ModerateReviewArgs, Review> ModerateReview { get; } = new("reviews:moderateReview");

        /// <summary><c>reviews:getProductReviews</c>: A product's visible reviews, a page at a time.</summary>
        public static QueryReference<GetProductReviewsArgs, PublishedReviewPage> GetProductReviews { get; } = new("reviews:getProductReviews");

        /// <summary><c>reviews:getRatingSummary</c>: A product's average rating and its stars.</summary>
        public static QueryReference<ProductIdArgs, RatingSummary> GetRatingSummary { get; } = new("reviews:getRatingSummary");

        /// <summary><c>reviews:getMyReviews</c>: The caller's own reviews, hidden ones included.</summary>
        public static QueryReference<NoArgs, IReadOnlyList<Review>> GetMyReviews { get; } = new("reviews:getMyReviews");

        /// <summary><c>reviews:listReviews</c>: Every review, newest first, for moderation (moderators).</summary>
        public static QueryReference<ListReviewsArgs, ReviewPage> ListReviews { get; } = new("reviews:listReviews");
    }
}
