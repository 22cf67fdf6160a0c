using Cronos;

namespace DakarCafe.Engine.Scheduling;

/// <summary>When a cron runs: every so often, or on a cron expression in a time zone (UTC by default).</summary>
public sealed class CronSchedule
{
    private readonly Func<DateTimeOffset, DateTimeOffset> _next;
    private readonly string _description;

    private CronSchedule(Func<DateTimeOffset, DateTimeOffset> next, string description) => (_next, _description) = (next, description);

    /// <summary>Every <paramref name="interval"/>, counted from the previous run.</summary>
    public static CronSchedule Every(TimeSpan interval) => interval > TimeSpan.Zero
        ? new CronSchedule(after => after + interval, $"every {interval}")
        : throw new ArgumentOutOfRangeException(nameof(interval), "A cron's interval must be positive.");

    /// <summary>A cron expression (five fields, or six with seconds), such as <c>0 6 * * *</c> for 06:00 every day.</summary>
    public static CronSchedule Cron(string expression, TimeZoneInfo? zone = null)
    {
        var parsed = CronExpression.Parse(expression, expression.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length == 6 ? CronFormat.IncludeSeconds : CronFormat.Standard);
        var timeZone = zone ?? TimeZoneInfo.Utc;
        return new CronSchedule(
            after => parsed.GetNextOccurrence(after, timeZone) ?? throw new InvalidOperationException($"The cron '{expression}' never runs again."),
            expression);
    }

    /// <summary>The first run strictly after <paramref name="after"/>.</summary>
    public DateTimeOffset Next(DateTimeOffset after) => _next(after);

    /// <inheritdoc />
    public override string ToString() => _description;
}
