namespace DakarCafe.Schema.Analytics;

/// <summary>A period for the analytics aggregates, <c>[From, To)</c> in UTC (at most 366 days).</summary>
/// <param name="From">The first instant counted.</param>
/// <param name="To">The instant counting stops.</param>
/// <param name="Event">Only this event (the per-day counts).</param>
/// <param name="Limit">How many rows at most (the top lists; 10 by default, at most 100).</param>
public sealed record AnalyticsPeriodArgs(DateTimeOffset From, DateTimeOffset To, string? Event = null, int? Limit = null);
