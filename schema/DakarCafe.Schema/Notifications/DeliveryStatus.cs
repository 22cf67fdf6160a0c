namespace DakarCafe.Schema.Notifications;

/// <summary>Where one channel's delivery of a notification stands.</summary>
public enum DeliveryStatus
{
    /// <summary>Waiting to be sent, or to be tried again.</summary>
    Pending,

    /// <summary>Handed to the provider.</summary>
    Sent,

    /// <summary>Given up: the channel is not set up, or every attempt failed.</summary>
    Failed,
}
