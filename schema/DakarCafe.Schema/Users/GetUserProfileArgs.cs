namespace DakarCafe.Schema.Users;

/// <summary>Arguments of <c>users:getUserProfile</c>.</summary>
/// <param name="UserId">The user whose profile to read: one's own, or anyone's for an admin.</param>
public sealed record GetUserProfileArgs(Guid UserId);
