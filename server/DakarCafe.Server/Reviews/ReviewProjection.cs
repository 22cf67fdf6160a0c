using DakarCafe.Schema.Reviews;
using DakarCafe.Server.Reviews.Events;
using JasperFx.Events;
using Marten.Events.Projections;

namespace DakarCafe.Server.Reviews;

/// <summary>
/// The review documents (the seed's <c>reviews</c> table) folded inline from the products' review logs, one document
/// per review id, in the transaction that appends the events.
/// </summary>
internal sealed class ReviewProjection : MultiStreamProjection<Review, Guid>
{
    public ReviewProjection() => Identity<IReviewEvent>(e => e.ReviewId);

    public override Review? Evolve(Review? snapshot, Guid id, IEvent e) => After(snapshot, e.Data);

    /// <summary>The review after one more event; the handlers use it to answer with the review they just changed.</summary>
    public static Review After(Review? review, object @event) => (review, @event) switch
    {
        (null, ReviewWritten e) => new Review(e.ReviewId, e.UserId, e.ProductId, e.OrderId, e.Rating, e.Title, e.Comment, e.Images, e.IsVerified,
            IsVisible: true, HelpfulCount: 0, e.At, e.At),
        (null, IReviewEvent e) => throw new InvalidOperationException($"Review {e.ReviewId} changes before it was written."),
        (_, ReviewEdited e) => review with { Rating = e.Rating, Title = e.Title, Comment = e.Comment, Images = e.Images, UpdatedAt = e.At },
        (_, ReviewModerated e) => review with { IsVisible = e.IsVisible, UpdatedAt = e.At },
        (_, ReviewFoundHelpful) => review with { HelpfulCount = review.HelpfulCount + 1 },
        _ => review ?? throw new InvalidOperationException($"Unexpected event {@event.GetType().Name} for a review."),
    };
}
