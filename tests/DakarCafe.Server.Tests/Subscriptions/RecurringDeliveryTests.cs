using DakarCafe.Schema;
using DakarCafe.Schema.Notifications;
using DakarCafe.Schema.Products;
using DakarCafe.Schema.Subscriptions;
using DakarCafe.Testing;

namespace DakarCafe.Server.Tests.Subscriptions;

public sealed class RecurringDeliveryTests(PostgresServer postgres) : ClockedShopTest(postgres)
{
    [Fact]
    public async Task Weekly_fortnightly_and_monthly_subscriptions_order_on_their_dates_through_a_year()
    {
        var capsule = await ProductAsync("Lungo", 2_000, stock: 1_000);
        var awa = await CustomerAsync();
        var firstMonday = Day(1 + (((int)DayOfWeek.Monday - (int)Day(1).DayOfWeek + 7) % 7));
        var lastOfMonth = Next31st(Day(0));
        var weekly = await SubscribeAsync(awa, "Hebdo", DeliveryFrequency.Weekly, firstMonday, PlanType.Basic, (capsule, 2));
        var fortnightly = await SubscribeAsync(awa, "Quinzaine", DeliveryFrequency.BiWeekly, firstMonday.AddHours(2), PlanType.Premium, (capsule, 1));
        var monthly = await SubscribeAsync(awa, "Fin de mois", DeliveryFrequency.Monthly, lastOfMonth, PlanType.Enterprise, (capsule, 5));
        var end = Clock.GetUtcNow().AddDays(365);

        await LiveDaysAsync(365);

        (await OrdersOfAsync(weekly)).Select(o => o.CreatedAt.Date).Should().Equal(Dates(firstMonday, end, d => d.AddDays(7)));
        (await OrdersOfAsync(fortnightly)).Select(o => o.CreatedAt.Date).Should().Equal(Dates(firstMonday, end, d => d.AddDays(14)));
        var monthlyOrders = await OrdersOfAsync(monthly);
        monthlyOrders.Select(o => o.CreatedAt.Date).Should().Equal(Dates(lastOfMonth, end, d => LastDayOfNextMonth(d)));
        monthlyOrders.Should().OnlyContain(o => o.Discount == 1_500 && o.Subtotal == 10_000, "the enterprise plan takes 15 % off the goods");
        (await OrdersOfAsync(fortnightly)).Should().OnlyContain(o => o.Discount == 200, "the premium plan takes 10 % off");
        var mine = await QueryAsync<IReadOnlyList<DeliverySubscription>>(awa, "subscriptions:getMySubscriptions", new NoArgs());
        mine.Should().OnlyContain(s => s.NextDelivery > end && s.Status == SubscriptionStatus.Active);
    }

    [Fact]
    public async Task A_paused_subscription_orders_nothing_until_its_date_then_resumes_by_itself_on_its_schedule()
    {
        var capsule = await ProductAsync("Ristretto", 2_500, stock: 100);
        var moussa = await CustomerAsync();
        var weekly = await SubscribeAsync(moussa, "Bureau", DeliveryFrequency.Weekly, Day(1), PlanType.Basic, (capsule, 1));

        await LiveDaysAsync(8);
        var paused = await MutateAsync<DeliverySubscription>(moussa, "subscriptions:pauseSubscription", new PauseSubscriptionArgs(weekly.Id, Day(17, 12)));
        await LiveDaysAsync(9);
        var duringPause = (await OrdersOfAsync(weekly)).Count;
        var resumed = (await QueryAsync<IReadOnlyList<DeliverySubscription>>(moussa, "subscriptions:getMySubscriptions", new NoArgs())).Single();
        await LiveDaysAsync(12);

        paused.Should().BeEquivalentTo(new { Status = SubscriptionStatus.Paused, PausedUntil = Day(17, 12) });
        duringPause.Should().Be(2, "the deliveries of days 1 and 8 were placed, none while paused (day 15)");
        resumed.Should().BeEquivalentTo(new { Status = SubscriptionStatus.Active, PausedUntil = (DateTimeOffset?)null });
        resumed.NextDelivery.Should().Be(Day(22), "the first weekly date after the pause's end (day 17 at noon) is day 22");
        (await OrdersOfAsync(weekly)).Select(o => o.CreatedAt.Date).Should().Equal(Day(1).Date, Day(8).Date, Day(22).Date, Day(29).Date);
    }

    [Fact]
    public async Task A_product_out_of_stock_is_left_out_and_the_customer_told_and_with_nothing_in_stock_the_delivery_is_skipped()
    {
        var lungo = await ProductAsync("Lungo", 2_000, stock: 100);
        var decaf = await ProductAsync("Decaf", 2_200, stock: 0);
        var fatou = await CustomerAsync();
        var weekly = await SubscribeAsync(fatou, "Maison", DeliveryFrequency.Weekly, Day(1), PlanType.Basic, (lungo, 2), (decaf, 1));

        await LiveDaysAsync(1);
        var admin = new Engine.Functions.CallerIdentity(Guid.NewGuid().ToString(), "admin@example.sn", new HashSet<string> { "admin" });
        await MutateAsync<Product>(admin, "products:setActive", new SetActiveArgs(lungo, false));
        await LiveDaysAsync(7);

        var orders = await OrdersOfAsync(weekly);
        orders.Should().ContainSingle().Which.Items.Should().ContainSingle().Which.Should().BeEquivalentTo(new { ProductId = lungo, Quantity = 2 });
        var inbox = await QueryAsync<NotificationPage>(fatou, "notifications:getMyNotifications", new GetMyNotificationsArgs());
        inbox.Items.Select(n => n.Kind).Should().BeEquivalentTo("deliverySkipped", "deliveryPartial", "orderPlaced");
        inbox.Items.Single(n => n.Kind == "deliveryPartial").Body.Should().Contain("Decaf").And.NotContain("Lungo");
        inbox.Items[0].Kind.Should().Be("deliverySkipped", "it came a week later");
        inbox.Items[0].Body.Should().Contain("Lungo").And.Contain(Day(15).ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture));
        var subscription = (await QueryAsync<IReadOnlyList<DeliverySubscription>>(fatou, "subscriptions:getMySubscriptions", new NoArgs())).Single();
        subscription.Should().BeEquivalentTo(new { NextDelivery = Day(15), LastOrderId = orders[0].Id, Status = SubscriptionStatus.Active });
    }

    private static IEnumerable<DateTime> Dates(DateTimeOffset first, DateTimeOffset end, Func<DateTimeOffset, DateTimeOffset> next)
    {
        for (var d = first; d <= end; d = next(d))
        {
            yield return d.Date;
        }
    }

    /// <summary>The next 31st after <paramref name="day"/>, at its time of day.</summary>
    private static DateTimeOffset Next31st(DateTimeOffset day)
    {
        var month = new DateTimeOffset(day.Year, day.Month, 1, day.Hour, day.Minute, 0, TimeSpan.Zero).AddMonths(1);
        while (DateTime.DaysInMonth(month.Year, month.Month) != 31)
        {
            month = month.AddMonths(1);
        }

        return month.AddDays(30);
    }

    private static DateTimeOffset LastDayOfNextMonth(DateTimeOffset d)
    {
        var month = new DateTimeOffset(d.Year, d.Month, 1, d.Hour, d.Minute, 0, TimeSpan.Zero).AddMonths(1);
        return month.AddDays(DateTime.DaysInMonth(month.Year, month.Month) - 1);
    }
}
