namespace DakarCafe.Server.Reviews.Events;

/// <summary>A customer reviewed a product; <paramref name="IsVerified"/> when one of their delivered orders held it.</summary>
internal sealed record ReviewWritten(
    Guid ReviewId, Guid UserId, Guid ProductId, Guid? OrderId, int Rating, string? Title, string? Comment, IReadOnlyList<string> Images,
    bool IsVerified, DateTimeOffset At) : IReviewEvent;
