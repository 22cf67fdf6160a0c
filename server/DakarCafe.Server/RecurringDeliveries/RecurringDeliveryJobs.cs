namespace DakarCafe.Server.RecurringDeliveries;

/// <summary>The scheduled jobs of a recurring delivery. Each carries the date it was planned for, so a job made stale by a change is a no-op.</summary>
internal static class RecurringDeliveryJobs
{
    public const string Deliver = "recurringDeliveries:deliver";
    public const string EndPause = "recurringDeliveries:endPause";
}

/// <summary>The delivery planned for <paramref name="At"/>.</summary>
internal sealed record DeliveryDue(Guid RecurringDeliveryId, DateTimeOffset At);

/// <summary>The end of the pause that was to last until <paramref name="Until"/>.</summary>
internal sealed record PauseEnd(Guid RecurringDeliveryId, DateTimeOffset Until);
