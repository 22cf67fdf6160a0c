namespace DakarCafe.Schema.Analytics;

/// <summary>How many times an event was tracked on one day (UTC, Dakar's day).</summary>
/// <param name="Day">The day, at midnight UTC.</param>
/// <param name="Event">The event.</param>
/// <param name="Count">How many.</param>
public sealed record EventCount(DateTimeOffset Day, string Event, long Count);
