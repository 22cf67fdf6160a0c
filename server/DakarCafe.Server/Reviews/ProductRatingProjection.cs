using DakarCafe.Schema.Products;
using DakarCafe.Server.Reviews.Events;
using JasperFx.Events;
using Marten;
using Marten.Events.Projections;
using Marten.Patching;

namespace DakarCafe.Server.Reviews;

/// <summary>
/// Keeps each product's <c>rating</c> and <c>reviewCount</c>, inline, from its review log: the events fold into the
/// product's <see cref="ProductReviewStats"/> and the product document is patched with the new average and count, so
/// whoever watches the product sees them change in the same commit. Nothing else writes these two fields.
/// </summary>
internal sealed class ProductRatingProjection : IProjection
{
    public async Task ApplyAsync(IDocumentOperations operations, IReadOnlyList<IEvent> events, CancellationToken cancellation)
    {
        foreach (var log in events.Where(e => e.Data is IReviewEvent).GroupBy(e => e.StreamId))
        {
            var before = await operations.LoadAsync<ProductReviewStats>(log.Key, cancellation) ?? new ProductReviewStats(log.Key, new Dictionary<Guid, ReviewStars>());
            var after = log.Aggregate(before, (stats, e) => Apply(stats, e.Data));
            if (ReferenceEquals(after, before))
            {
                continue;
            }

            operations.Store(after);
            var (rating, count) = (after.Average(), after.VisibleCount());
            if (rating != before.Average() || count != before.VisibleCount())
            {
                operations.Patch<Product>(log.Key).Set(p => p.Rating, rating).Set(p => p.ReviewCount, count);
            }
        }
    }

    private static ProductReviewStats Apply(ProductReviewStats stats, object @event) => @event switch
    {
        ReviewWritten e => stats.With(e.ReviewId, _ => new ReviewStars(e.Rating, IsVisible: true)),
        ReviewEdited e => stats.With(e.ReviewId, stars => stars! with { Rating = e.Rating }),
        ReviewModerated e => stats.With(e.ReviewId, stars => stars! with { IsVisible = e.IsVisible }),
        _ => stats,
    };
}
