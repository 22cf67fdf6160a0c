using DakarCafe.Schema.Notifications;

namespace DakarCafe.Server.Notifications;

/// <summary>
/// What one channel's delivery of a notification needs: the message, where it goes (the account's email and phone,
/// the devices' push tokens), and its <c>Key</c>, the same on every attempt of this delivery so that a provider (or a
/// mail client) can drop a repeat.
/// </summary>
internal sealed record DeliveryTarget(
    Guid NotificationId, NotificationChannel Channel, string Key, string Title, string Body, Guid? OrderId, string Email, string? Phone,
    IReadOnlyList<string> PushTokens)
{
    public static string KeyOf(Guid notificationId, NotificationChannel channel) => $"{notificationId:N}-{channel.ToString().ToLowerInvariant()}";
}
