namespace DakarCafe.Server.Reviews.Events;

/// <summary>
/// An event of a product's review log. All reviews of a product share one stream (its id is the product's), so two
/// changes to the same product's reviews race for the stream's next version and one of them retries: the rating
/// folded from the stream never misses a review.
/// </summary>
internal interface IReviewEvent
{
    Guid ReviewId { get; }
}
