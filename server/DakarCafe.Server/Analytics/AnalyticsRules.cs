using System.Text.RegularExpressions;
using DakarCafe.Engine.Errors;
using DakarCafe.Schema.Analytics;

namespace DakarCafe.Server.Analytics;

/// <summary>What a tracked event may carry, and the periods the aggregates cover.</summary>
internal static partial class AnalyticsRules
{
    public const int MaxProperties = 20;
    public static readonly TimeSpan MaxPeriod = TimeSpan.FromDays(366);

    public static string Event(string? name) => name is not null && EventName().IsMatch(name)
        ? name
        : throw AppError.Validation("event", "An event name is 1 to 64 of a-z, 0-9, _ . : and -.");

    public static IReadOnlyDictionary<string, string>? Properties(IReadOnlyDictionary<string, string>? properties)
    {
        if (properties is null || properties.Count == 0)
        {
            return null;
        }

        return properties.Count <= MaxProperties && properties.All(p => p.Key.Length is > 0 and <= 64 && p.Value is { Length: <= 500 })
            ? properties
            : throw AppError.Validation("properties", $"At most {MaxProperties} properties, keys up to 64 characters, values up to 500.");
    }

    public static (DateTimeOffset From, DateTimeOffset To) Period(AnalyticsPeriodArgs args) =>
        args.From < args.To && args.To - args.From <= MaxPeriod
            ? (args.From.ToUniversalTime(), args.To.ToUniversalTime())
            : throw AppError.Validation("to", "A period ends after it starts and spans at most 366 days.");

    public static int Limit(int? limit) => limit is null or (>= 1 and <= 100)
        ? limit ?? 10
        : throw AppError.Validation("limit", "The limit is between 1 and 100.");

    [GeneratedRegex("^[a-z0-9_.:-]{1,64}$")]
    private static partial Regex EventName();
}
