namespace DakarCafe.Schema.Analytics;

/// <summary>One tracked event (product viewed, added to cart, ...): the seed's <c>trackEvent</c> records.</summary>
/// <param name="Id">The event id.</param>
/// <param name="Event">Its name, such as "product_viewed".</param>
/// <param name="UserId">The user, when signed in.</param>
/// <param name="Properties">Its properties, such as the product viewed.</param>
/// <param name="OccurredAt">When (UTC).</param>
public sealed record AnalyticsEvent(Guid Id, string Event, Guid? UserId, IReadOnlyDictionary<string, string>? Properties, DateTimeOffset OccurredAt);
