using DakarCafe.Engine;
using DakarCafe.Engine.Functions;
using DakarCafe.Schema;
using DakarCafe.Schema.Reviews;
using JasperFx.Events.Projections;

namespace DakarCafe.Server.Reviews;

/// <summary>
/// Reviews: the seed's <c>reviews</c> table projected from one review log per product, the product's rating and
/// review count projected from the same log (never written by hand), moderation and helpful votes.
/// </summary>
internal static class ReviewsModule
{
    public static void Register(EngineBuilder engine)
    {
        engine.Document<Review>(review => review.Index(r => r.ProductId).Index(r => r.UserId).Index(r => r.CreatedAt))
            .Document<ProductReviewStats>()
            .Document<HelpfulVote>();
        engine.ConfigureMarten(options =>
        {
            options.Projections.Add<ReviewProjection>(ProjectionLifecycle.Inline);
            options.Projections.Add(new ProductRatingProjection(), ProjectionLifecycle.Inline);
        });

        var f = engine.Functions;
        f.Mutation(Api.Reviews.CreateReview, AccessRule.Authenticated, ReviewChanges.CreateAsync);
        f.Mutation(Api.Reviews.UpdateReview, AccessRule.Authenticated, ReviewChanges.UpdateAsync);
        f.Mutation(Api.Reviews.MarkHelpful, AccessRule.Authenticated, ReviewChanges.MarkHelpfulAsync);
        f.Mutation(Api.Reviews.ModerateReview, ReviewChanges.Moderators, ReviewChanges.ModerateAsync);
        f.Query(Api.Reviews.GetProductReviews, AccessRule.Public, ReviewQueries.GetProductReviewsAsync);
        f.Query(Api.Reviews.GetRatingSummary, AccessRule.Public, ReviewQueries.GetRatingSummaryAsync);
        f.Query(Api.Reviews.GetMyReviews, AccessRule.Authenticated, ReviewQueries.GetMyReviewsAsync);
        f.Query(Api.Reviews.ListReviews, ReviewChanges.Moderators, ReviewQueries.ListReviewsAsync);
    }
}
