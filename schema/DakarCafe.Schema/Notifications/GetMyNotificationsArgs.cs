namespace DakarCafe.Schema.Notifications;

/// <summary>Arguments of <c>notifications:getMyNotifications</c>.</summary>
/// <param name="Limit">Page size, 1 to 100 (20 by default).</param>
/// <param name="Offset">How many to skip.</param>
public sealed record GetMyNotificationsArgs(int? Limit = null, int? Offset = null);
