namespace DakarCafe.Schema.Subscriptions;

/// <summary>Names one subscription.</summary>
/// <param name="SubscriptionId">The subscription id.</param>
public sealed record SubscriptionIdArgs(Guid SubscriptionId);
