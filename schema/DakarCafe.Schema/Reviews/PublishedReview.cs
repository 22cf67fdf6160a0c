namespace DakarCafe.Schema.Reviews;

/// <summary>A review as shoppers see it: signed with the author's first name and initial, never their account.</summary>
/// <param name="Id">The review id.</param>
/// <param name="ProductId">The product.</param>
/// <param name="AuthorName">Such as "Awa D.".</param>
/// <param name="Rating">1 to 5 stars.</param>
/// <param name="Title">A title.</param>
/// <param name="Comment">The text.</param>
/// <param name="Images">Storage ids of photos.</param>
/// <param name="IsVerified">True when the author received the product.</param>
/// <param name="HelpfulCount">How many customers found it helpful.</param>
/// <param name="CreatedAt">When written (UTC).</param>
/// <param name="UpdatedAt">When last changed (UTC).</param>
public sealed record PublishedReview(
    Guid Id, Guid ProductId, string AuthorName, int Rating, string? Title, string? Comment, IReadOnlyList<string> Images, bool IsVerified, int HelpfulCount,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);
