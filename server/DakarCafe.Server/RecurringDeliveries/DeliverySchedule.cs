using DakarCafe.Schema.RecurringDeliveries;

namespace DakarCafe.Server.RecurringDeliveries;

/// <summary>
/// When recurring deliveries fall, pure. Weekly and every-two-weeks deliveries keep their weekday; monthly ones keep
/// their day of the month, on the last day of shorter months (the 31st: 31 January, 28 February, 31 March). Dakar
/// keeps UTC all year, so UTC dates are Dakar's dates and no daylight saving shifts them.
/// </summary>
internal static class DeliverySchedule
{
    /// <summary>The delivery after the one at <paramref name="delivery"/>.</summary>
    public static DateTimeOffset Next(DateTimeOffset delivery, DeliveryFrequency frequency, int deliveryDay) => frequency switch
    {
        DeliveryFrequency.Weekly => delivery.AddDays(7),
        DeliveryFrequency.BiWeekly => delivery.AddDays(14),
        DeliveryFrequency.Monthly => OnDay(delivery.AddMonths(1), deliveryDay),
        _ => throw new ArgumentOutOfRangeException(nameof(frequency), frequency, "Unknown frequency."),
    };

    /// <summary>The first delivery of the schedule through <paramref name="delivery"/> that is not before <paramref name="from"/>.</summary>
    public static DateTimeOffset OnOrAfter(DateTimeOffset delivery, DeliveryFrequency frequency, int deliveryDay, DateTimeOffset from)
    {
        while (delivery < from)
        {
            delivery = Next(delivery, frequency, deliveryDay);
        }

        return delivery;
    }

    /// <summary>The same month and time of day, on <paramref name="day"/> or the month's last day if it is shorter.</summary>
    private static DateTimeOffset OnDay(DateTimeOffset month, int day)
    {
        var utc = month.ToUniversalTime();
        var clamped = Math.Min(day, DateTime.DaysInMonth(utc.Year, utc.Month));
        return new DateTimeOffset(utc.Year, utc.Month, clamped, utc.Hour, utc.Minute, utc.Second, TimeSpan.Zero);
    }
}
