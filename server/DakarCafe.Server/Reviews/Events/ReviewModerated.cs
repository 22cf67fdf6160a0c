namespace DakarCafe.Server.Reviews.Events;

/// <summary>A moderator hid or showed a review; a hidden review leaves the product's rating.</summary>
internal sealed record ReviewModerated(Guid ReviewId, bool IsVisible, Guid ModeratorId, string? Reason, DateTimeOffset At) : IReviewEvent;
