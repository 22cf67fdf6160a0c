namespace DakarCafe.Schema.Subscriptions;

/// <summary>Arguments of <c>subscriptions:cancelSubscription</c>.</summary>
/// <param name="SubscriptionId">The subscription.</param>
/// <param name="Reason">Why (required, up to 500 characters).</param>
public sealed record CancelSubscriptionArgs(Guid SubscriptionId, string Reason);
