namespace DakarCafe.Server.Reviews;

/// <summary>
/// What a product's rating is computed from, folded from its review log: each review's stars and whether it is visible.
/// Public because Marten stores it. Kept so that an edit or a moderation recomputes the rating from the reviews instead of adjusting it by hand.
/// </summary>
public sealed record ProductReviewStats(Guid Id, IReadOnlyDictionary<Guid, ReviewStars> Reviews)
{
    /// <summary>How many visible reviews gave 1, 2, 3, 4 and 5 stars.</summary>
    public IReadOnlyList<int> VisibleStars() =>
        [.. Enumerable.Range(1, 5).Select(stars => Reviews.Values.Count(r => r.IsVisible && r.Rating == stars))];

    public int VisibleCount() => Reviews.Values.Count(r => r.IsVisible);

    /// <summary>The visible reviews' average to one decimal, halves rounded up; 0 without reviews.</summary>
    public decimal Average()
    {
        var visible = Reviews.Values.Where(r => r.IsVisible).ToList();
        return visible.Count == 0 ? 0m : Math.Round(visible.Sum(r => (decimal)r.Rating) / visible.Count, 1, MidpointRounding.AwayFromZero);
    }

    public ProductReviewStats With(Guid reviewId, Func<ReviewStars?, ReviewStars> change) =>
        this with { Reviews = new Dictionary<Guid, ReviewStars>(Reviews) { [reviewId] = change(Reviews.GetValueOrDefault(reviewId)) } };
}

/// <summary>One review's part in its product's rating.</summary>
public sealed record ReviewStars(int Rating, bool IsVisible);
