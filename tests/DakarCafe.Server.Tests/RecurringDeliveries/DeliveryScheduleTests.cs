using System.Globalization;
using DakarCafe.Schema.RecurringDeliveries;
using DakarCafe.Server.RecurringDeliveries;

namespace DakarCafe.Server.Tests.RecurringDeliveries;

public sealed class DeliveryScheduleTests
{
    private static IEnumerable<DateTimeOffset> Schedule(DateTimeOffset first, DeliveryFrequency frequency, int count)
    {
        var delivery = first;
        for (var i = 0; i < count; i++)
        {
            yield return delivery;
            delivery = DeliverySchedule.Next(delivery, frequency, first.Day);
        }
    }

    [Fact]
    public void Monthly_deliveries_keep_their_day_and_fall_on_the_last_day_of_shorter_months()
    {
        var dates = Schedule(new DateTimeOffset(2027, 1, 31, 9, 0, 0, TimeSpan.Zero), DeliveryFrequency.Monthly, 14).Select(d => d.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture));

        dates.Should().Equal(
            "2027-01-31 09:00", "2027-02-28 09:00", "2027-03-31 09:00", "2027-04-30 09:00", "2027-05-31 09:00", "2027-06-30 09:00", "2027-07-31 09:00",
            "2027-08-31 09:00", "2027-09-30 09:00", "2027-10-31 09:00", "2027-11-30 09:00", "2027-12-31 09:00", "2028-01-31 09:00", "2028-02-29 09:00");
    }

    [Fact]
    public void Weekly_and_fortnightly_deliveries_keep_their_weekday_and_time_through_the_year_in_Dakar_time()
    {
        var first = new DateTimeOffset(2026, 12, 1, 8, 30, 0, TimeSpan.Zero);

        var weekly = Schedule(first, DeliveryFrequency.Weekly, 53).ToList();
        var fortnightly = Schedule(first, DeliveryFrequency.BiWeekly, 27).ToList();

        weekly.Should().OnlyContain(d => d.DayOfWeek == DayOfWeek.Tuesday && d.TimeOfDay == new TimeSpan(8, 30, 0) && d.Offset == TimeSpan.Zero);
        weekly[^1].Should().Be(first.AddDays(364));
        fortnightly.Should().OnlyContain(d => d.DayOfWeek == DayOfWeek.Tuesday);
        fortnightly[^1].Should().Be(first.AddDays(364));
    }

    [Fact]
    public void After_a_pause_the_schedule_resumes_at_its_first_date_not_in_the_past()
    {
        var next = new DateTimeOffset(2027, 3, 15, 9, 0, 0, TimeSpan.Zero);

        DeliverySchedule.OnOrAfter(next, DeliveryFrequency.Weekly, 15, next.AddDays(10)).Should().Be(next.AddDays(14));
        DeliverySchedule.OnOrAfter(next, DeliveryFrequency.Monthly, 31, new DateTimeOffset(2027, 4, 20, 0, 0, 0, TimeSpan.Zero))
            .Should().Be(new DateTimeOffset(2027, 4, 30, 9, 0, 0, TimeSpan.Zero), "the 31st falls on April's last day");
        DeliverySchedule.OnOrAfter(next, DeliveryFrequency.BiWeekly, 15, next).Should().Be(next, "a date not yet past stays");
    }
}
