namespace DakarCafe.Server.Reviews.Events;

/// <summary>A customer found a review helpful (once each).</summary>
internal sealed record ReviewFoundHelpful(Guid ReviewId, Guid UserId, DateTimeOffset At) : IReviewEvent;
