namespace DakarCafe.Server.Reviews.Events;

/// <summary>The author rewrote their review.</summary>
internal sealed record ReviewEdited(Guid ReviewId, int Rating, string? Title, string? Comment, IReadOnlyList<string> Images, DateTimeOffset At)
    : IReviewEvent;
