namespace DakarCafe.Schema.Notifications;

/// <summary>Names one notification.</summary>
/// <param name="NotificationId">The notification id.</param>
public sealed record NotificationIdArgs(Guid NotificationId);
