namespace DakarCafe.Schema.RecurringDeliveries;

/// <summary>The plans of recurring deliveries.</summary>
public enum PlanType
{
    /// <summary>The entry plan.</summary>
    Basic,

    /// <summary>A larger discount.</summary>
    Premium,

    /// <summary>For offices.</summary>
    Enterprise,
}
