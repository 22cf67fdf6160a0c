namespace DakarCafe.Server.Reviews;

/// <summary>
/// One customer's "helpful" on one review (public because Marten stores it). Its id joins the two, so a second vote is
/// found by a single load, and two racing votes write the same document and conflict.
/// </summary>
public sealed record HelpfulVote(string Id, Guid ReviewId, Guid UserId, DateTimeOffset At)
{
    public static string IdOf(Guid reviewId, Guid userId) => $"{reviewId:N}:{userId:N}";
}
