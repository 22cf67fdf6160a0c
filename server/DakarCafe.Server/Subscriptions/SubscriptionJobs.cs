namespace DakarCafe.Server.Subscriptions;

/// <summary>The scheduled jobs of a subscription. Each carries the date it was planned for, so a job made stale by a change is a no-op.</summary>
internal static class SubscriptionJobs
{
    public const string Deliver = "subscriptions:deliver";
    public const string EndPause = "subscriptions:endPause";
}

/// <summary>The delivery planned for <paramref name="At"/>.</summary>
internal sealed record DeliveryDue(Guid SubscriptionId, DateTimeOffset At);

/// <summary>The end of the pause that was to last until <paramref name="Until"/>.</summary>
internal sealed record PauseEnd(Guid SubscriptionId, DateTimeOffset Until);
