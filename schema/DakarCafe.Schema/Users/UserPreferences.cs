namespace DakarCafe.Schema.Users;

/// <summary>A user's preferences.</summary>
/// <param name="Language">fr or en.</param>
/// <param name="Currency">Always FCFA.</param>
/// <param name="Notifications">Channels the user accepts.</param>
/// <param name="Delivery">Delivery time and instructions.</param>
public sealed record UserPreferences(Language Language, string Currency, NotificationPreferences Notifications, DeliveryPreferences Delivery)
{
    /// <summary>French, FCFA, email notifications, deliveries at any time.</summary>
    public static UserPreferences Default { get; } = new(Language.Fr, "FCFA", new NotificationPreferences(Email: true, Push: false, Sms: false), new DeliveryPreferences("any", null));
}
