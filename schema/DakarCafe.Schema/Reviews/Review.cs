namespace DakarCafe.Schema.Reviews;

/// <summary>A customer's review of a product: the seed's <c>reviews</c> table.</summary>
/// <param name="Id">The review id.</param>
/// <param name="UserId">The author.</param>
/// <param name="ProductId">The product.</param>
/// <param name="OrderId">The order it came from, when known.</param>
/// <param name="Rating">1 to 5 stars.</param>
/// <param name="Title">A title.</param>
/// <param name="Comment">The text.</param>
/// <param name="Images">Storage ids of photos.</param>
/// <param name="IsVerified">True when the author received the product.</param>
/// <param name="IsVisible">False while hidden by moderation.</param>
/// <param name="HelpfulCount">How many users found it helpful.</param>
/// <param name="CreatedAt">When written (UTC).</param>
/// <param name="UpdatedAt">When last changed (UTC).</param>
public sealed record Review(
    Guid Id, Guid UserId, Guid ProductId, Guid? OrderId, int Rating, string? Title, string? Comment, IReadOnlyList<string> Images,
    bool IsVerified, bool IsVisible, int HelpfulCount, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);
