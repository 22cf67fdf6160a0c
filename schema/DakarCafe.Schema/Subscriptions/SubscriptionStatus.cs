namespace DakarCafe.Schema.Subscriptions;

/// <summary>Whether a recurring delivery runs.</summary>
public enum SubscriptionStatus
{
    /// <summary>Deliveries are placed.</summary>
    Active,

    /// <summary>Paused until a date.</summary>
    Paused,

    /// <summary>Stopped for good.</summary>
    Cancelled,
}
