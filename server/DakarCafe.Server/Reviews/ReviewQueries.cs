using DakarCafe.Engine.Errors;
using DakarCafe.Engine.Functions;
using DakarCafe.Protocol;
using DakarCafe.Schema;
using DakarCafe.Schema.Products;
using DakarCafe.Schema.Reviews;
using DakarCafe.Schema.Users;

namespace DakarCafe.Server.Reviews;

/// <summary>
/// Reading reviews: a product's visible ones for everybody (with the author's first name and initial, never their
/// account), its rating summary, one's own, and the moderators' list of all.
/// </summary>
internal static class ReviewQueries
{
    public static async Task<PublishedReviewPage> GetProductReviewsAsync(QueryContext ctx, GetProductReviewsArgs args, CancellationToken ct)
    {
        var (size, offset, productId) = (Paging.Size(args.Limit), Paging.Offset(args.Offset), args.ProductId);
        IQueryable<Review> Visible(IQueryable<Review> q)
        {
            var visible = q.Where(r => r.ProductId == productId && r.IsVisible);
            return args.VerifiedOnly ? visible.Where(r => r.IsVerified) : visible;
        }

        var total = await ctx.CountAsync<Review>(Visible, ct);
        var reviews = await ctx.ListAsync<Review>(q => Sorted(Visible(q), args.Sort).Skip(offset).Take(size), ct);
        var authors = (await ctx.LoadManyAsync<User>([.. reviews.Select(r => r.UserId).Distinct()], ct)).ToDictionary(u => u.Id);
        return new PublishedReviewPage([.. reviews.Select(r => Publish(r, authors.GetValueOrDefault(r.UserId)))], total);
    }

    public static async Task<RatingSummary> GetRatingSummaryAsync(QueryContext ctx, ProductIdArgs args, CancellationToken ct)
    {
        _ = await ctx.LoadAsync<Product>(args.ProductId, ct) ?? throw new AppError(ErrorCodes.NotFound, "No such product.", new { field = "productId" });
        var stats = await ctx.LoadAsync<ProductReviewStats>(args.ProductId, ct) ?? new ProductReviewStats(args.ProductId, new Dictionary<Guid, ReviewStars>());
        return new RatingSummary(args.ProductId, stats.Average(), stats.VisibleCount(), stats.VisibleStars());
    }

    public static Task<IReadOnlyList<Review>> GetMyReviewsAsync(QueryContext ctx, NoArgs args, CancellationToken ct)
    {
        var userId = Caller.Id(ctx);
        return ctx.ListAsync<Review>(q => q.Where(r => r.UserId == userId).OrderByDescending(r => r.CreatedAt).Take(Paging.MaxPageSize), ct);
    }

    public static async Task<ReviewPage> ListReviewsAsync(QueryContext ctx, ListReviewsArgs args, CancellationToken ct)
    {
        var (size, offset) = (Paging.Size(args.Limit), Paging.Offset(args.Offset));
        IQueryable<Review> Filtered(IQueryable<Review> q)
        {
            var (visible, productId) = (args.IsVisible, args.ProductId);
            var filtered = visible is { } v ? q.Where(r => r.IsVisible == v) : q;
            return productId is { } p ? filtered.Where(r => r.ProductId == p) : filtered;
        }

        var total = await ctx.CountAsync<Review>(Filtered, ct);
        var items = await ctx.ListAsync<Review>(q => Filtered(q).OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id).Skip(offset).Take(size), ct);
        return new ReviewPage(items, total);
    }

    private static IQueryable<Review> Sorted(IQueryable<Review> reviews, ReviewSort sort) => sort switch
    {
        ReviewSort.MostHelpful => reviews.OrderByDescending(r => r.HelpfulCount).ThenByDescending(r => r.CreatedAt),
        ReviewSort.HighestRating => reviews.OrderByDescending(r => r.Rating).ThenByDescending(r => r.CreatedAt),
        ReviewSort.LowestRating => reviews.OrderBy(r => r.Rating).ThenByDescending(r => r.CreatedAt),
        ReviewSort.Newest => reviews.OrderByDescending(r => r.CreatedAt),
        _ => throw AppError.Validation("sort", "Unknown sort."),
    };

    /// <summary>"Awa D." for Awa Diop: enough to trust a review, not enough to find its author.</summary>
    private static PublishedReview Publish(Review r, User? author) =>
        new(r.Id, r.ProductId, AuthorName(author?.Name), r.Rating, r.Title, r.Comment, r.Images, r.IsVerified, r.HelpfulCount, r.CreatedAt, r.UpdatedAt);

    private static string AuthorName(string? name) => name?.Split(' ', StringSplitOptions.RemoveEmptyEntries) switch
    {
        null or [] => "Client DakarCafé",
        [var only] => only,
        [var first, .., var last] => $"{first} {char.ToUpperInvariant(last[0])}.",
    };
}
