using DakarCafe.Engine.Errors;
using DakarCafe.Engine.Functions;
using DakarCafe.Protocol;
using DakarCafe.Schema;
using DakarCafe.Schema.Files;
using DakarCafe.Schema.Orders;
using DakarCafe.Schema.Products;
using DakarCafe.Schema.Reviews;
using DakarCafe.Server.Files;
using DakarCafe.Server.Reviews.Events;

namespace DakarCafe.Server.Reviews;

/// <summary>
/// The mutations on reviews. Each checks who may do it, then appends one event to the product's review log; the
/// projections turn it into the review document and the product's rating in the same transaction.
/// </summary>
internal static class ReviewChanges
{
    /// <summary>The roles that may hide and show reviews.</summary>
    public static AccessRule Moderators { get; } = AccessRule.Role("moderator", "admin");

    public static async Task<Review> CreateAsync(MutationContext ctx, CreateReviewArgs args, CancellationToken ct)
    {
        var (rating, title, comment) = (ReviewRules.Rating(args.Rating), ReviewRules.Title(args.Title), ReviewRules.Comment(args.Comment));
        var images = await FileReferences.OwnAsync(ctx, ReviewRules.Images(args.Images), UploadPurpose.ReviewImage, "images", ct);
        var (userId, productId) = (Caller.Id(ctx), args.ProductId);
        _ = await ctx.LoadAsync<Product>(productId, ct) ?? throw new AppError(ErrorCodes.NotFound, "No such product.", new { field = "productId" });
        if (await ctx.FirstOrDefaultAsync<Review>(q => q.Where(r => r.ProductId == productId && r.UserId == userId), ct) is { } existing)
        {
            throw new AppError(ShopErrorCodes.AlreadyReviewed, "You have already reviewed this product; edit that review instead.",
                new { field = "productId", reviewId = existing.Id });
        }

        var delivered = await ctx.FirstOrDefaultAsync<Order>(q => q
            .Where(o => o.UserId == userId && o.Status == OrderStatus.Delivered && o.Items.Any(i => i.ProductId == productId))
            .OrderByDescending(o => o.CreatedAt), ct);
        return await RecordAsync(ctx, null, new ReviewWritten(Guid.CreateVersion7(), userId, productId, delivered?.Id, rating, title, comment, images,
            IsVerified: delivered is not null, ctx.Time.GetUtcNow()), ct);
    }

    public static async Task<Review> UpdateAsync(MutationContext ctx, UpdateReviewArgs args, CancellationToken ct)
    {
        var edited = new ReviewEdited(args.ReviewId, ReviewRules.Rating(args.Rating), ReviewRules.Title(args.Title), ReviewRules.Comment(args.Comment),
            await FileReferences.OwnAsync(ctx, ReviewRules.Images(args.Images), UploadPurpose.ReviewImage, "images", ct), ctx.Time.GetUtcNow());
        var review = await ctx.LoadAsync<Review>(args.ReviewId, ct);
        return review is not null && review.UserId == Caller.Id(ctx) ? await RecordAsync(ctx, review, edited, ct) : throw NotFound();
    }

    public static async Task<Review> MarkHelpfulAsync(MutationContext ctx, ReviewIdArgs args, CancellationToken ct)
    {
        var review = await ctx.LoadAsync<Review>(args.ReviewId, ct);
        var userId = Caller.Id(ctx);
        if (review is not { IsVisible: true })
        {
            throw NotFound();
        }

        if (review.UserId == userId)
        {
            throw new AppError(ShopErrorCodes.OwnReview, "You cannot vote for your own review.", new { field = "reviewId" });
        }

        var voteId = HelpfulVote.IdOf(review.Id, userId);
        if (await ctx.LoadAsync<HelpfulVote>(voteId, ct) is not null)
        {
            throw new AppError(ShopErrorCodes.AlreadyVoted, "You have already found this review helpful.", new { field = "reviewId" });
        }

        var now = ctx.Time.GetUtcNow();
        ctx.Store(new HelpfulVote(voteId, review.Id, userId, now));
        return await RecordAsync(ctx, review, new ReviewFoundHelpful(review.Id, userId, now), ct);
    }

    public static async Task<Review> ModerateAsync(MutationContext ctx, ModerateReviewArgs args, CancellationToken ct)
    {
        var reason = args.IsVisible ? FreeText.Optional(args.Reason, "reason", 500) : FreeText.Required(args.Reason, "reason", 500);
        var review = await ctx.LoadAsync<Review>(args.ReviewId, ct) ?? throw NotFound();
        return review.IsVisible == args.IsVisible
            ? review
            : await RecordAsync(ctx, review, new ReviewModerated(review.Id, args.IsVisible, Caller.Id(ctx), reason, ctx.Time.GetUtcNow()), ct);
    }

    /// <summary>
    /// Appends the event to the product's review log. A change to the rating first reads the product's
    /// <see cref="ProductReviewStats"/> through the context: the projection rewrites them on every such change, so two
    /// racing changes to one product's reviews conflict and one retries on the other's result instead of overwriting it.
    /// </summary>
    private static async Task<Review> RecordAsync(MutationContext ctx, Review? review, IReviewEvent e, CancellationToken ct)
    {
        var after = ReviewProjection.After(review, e);
        if (e is not ReviewFoundHelpful)
        {
            await ctx.LoadAsync<ProductReviewStats>(after.ProductId, ct);
        }

        ctx.AppendEvents(after.ProductId, e);
        return after;
    }


    private static AppError NotFound() => new(ErrorCodes.NotFound, "No such review.", new { field = "reviewId" });
}
