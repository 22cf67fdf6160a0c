namespace DakarCafe.Server.Payments;

/// <summary>What a provider's notification did.</summary>
internal enum NotificationOutcome
{
    /// <summary>The order is paid.</summary>
    Paid,

    /// <summary>The attempt failed; the order waits for another.</summary>
    Failed,

    /// <summary>A replay: the outcome was applied before, nothing changed.</summary>
    AlreadyApplied,

    /// <summary>Money arrived for an order already paid or cancelled: kept on the attempt, due back to the payer.</summary>
    RefundDue,
}
