namespace DakarCafe.Schema.RecurringDeliveries;

/// <summary>Whether a recurring delivery runs.</summary>
public enum RecurringDeliveryStatus
{
    /// <summary>Deliveries are placed.</summary>
    Active,

    /// <summary>Paused until a date.</summary>
    Paused,

    /// <summary>Stopped for good.</summary>
    Cancelled,
}
