namespace DakarCafe.Schema.RecurringDeliveries;

/// <summary>How often a recurring delivery comes.</summary>
public enum DeliveryFrequency
{
    /// <summary>Every week.</summary>
    Weekly,

    /// <summary>Every two weeks.</summary>
    BiWeekly,

    /// <summary>Every month (on the same day, or the month's last day when shorter).</summary>
    Monthly,
}
