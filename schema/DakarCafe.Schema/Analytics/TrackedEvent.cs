namespace DakarCafe.Schema.Analytics;

/// <summary>Arguments of <c>analytics:trackEvent</c>.</summary>
/// <param name="Event">The event's name: 1 to 64 of a-z, 0-9, <c>_ . : -</c> (such as <c>product_viewed</c>, <c>add_to_cart</c>).</param>
/// <param name="Properties">Up to 20 properties (keys up to 64 characters, values up to 500), such as <c>productId</c>.</param>
public sealed record TrackedEvent(string Event, IReadOnlyDictionary<string, string>? Properties = null);
