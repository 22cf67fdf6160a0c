namespace DakarCafe.Schema.Subscriptions;

/// <summary>Arguments of <c>subscriptions:pauseSubscription</c>.</summary>
/// <param name="SubscriptionId">The subscription.</param>
/// <param name="Until">When deliveries start again by themselves (UTC, in the future, within a year).</param>
public sealed record PauseSubscriptionArgs(Guid SubscriptionId, DateTimeOffset Until);
