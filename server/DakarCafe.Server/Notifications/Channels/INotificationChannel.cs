namespace DakarCafe.Server.Notifications.Channels;

/// <summary>A provider notifications go out through. A send may be repeated with the same key; the provider drops the repeat.</summary>
internal interface INotificationChannel
{
    Schema.Notifications.NotificationChannel Channel { get; }

    /// <summary>Hands the message to the provider; throws <see cref="NotificationSendException"/> (or a transport error) when it was not taken.</summary>
    Task SendAsync(DeliveryTarget target, CancellationToken ct);
}

/// <summary>A provider refused a message; <see cref="Exception.Message"/> says why in words fit for the customer's inbox.</summary>
internal sealed class NotificationSendException(string reason) : Exception(reason);
