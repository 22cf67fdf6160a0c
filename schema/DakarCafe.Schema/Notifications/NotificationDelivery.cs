namespace DakarCafe.Schema.Notifications;

/// <summary>One channel's delivery of a notification.</summary>
/// <param name="Channel">The channel.</param>
/// <param name="Status">Pending, sent or failed.</param>
/// <param name="Attempts">The sends tried so far.</param>
/// <param name="LastError">Why the last attempt failed, if it did.</param>
/// <param name="SentAt">When the provider took it (UTC).</param>
public sealed record NotificationDelivery(NotificationChannel Channel, DeliveryStatus Status, int Attempts, string? LastError, DateTimeOffset? SentAt);
