namespace DakarCafe.Schema.Notifications;

/// <summary>How a notification reaches a customer, as chosen in their preferences.</summary>
public enum NotificationChannel
{
    /// <summary>An email to the account's address.</summary>
    Email,

    /// <summary>A push notification to the phones the customer registered.</summary>
    Push,

    /// <summary>A text message to the account's phone number.</summary>
    Sms,
}
