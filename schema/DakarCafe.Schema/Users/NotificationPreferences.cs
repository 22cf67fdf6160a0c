namespace DakarCafe.Schema.Users;

/// <summary>Which channels a user accepts notifications on.</summary>
/// <param name="Email">By email.</param>
/// <param name="Push">By push notification to the apps.</param>
/// <param name="Sms">By SMS.</param>
public sealed record NotificationPreferences(bool Email, bool Push, bool Sms);
