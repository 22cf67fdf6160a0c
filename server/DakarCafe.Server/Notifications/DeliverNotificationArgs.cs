using DakarCafe.Schema.Notifications;

namespace DakarCafe.Server.Notifications;

/// <summary>One channel's delivery of one notification: the scheduled job's arguments.</summary>
internal sealed record DeliverNotificationArgs(Guid NotificationId, NotificationChannel Channel);

/// <summary>How an attempt went: sent, or failed for <paramref name="Error"/> (a reason fit for the customer's eyes).</summary>
internal sealed record DeliveryAttempt(Guid NotificationId, NotificationChannel Channel, string? Error, int MaxAttempts);
