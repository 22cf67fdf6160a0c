using DakarCafe.Fixtures;
using DakarCafe.Schema;
using DakarCafe.Schema.Notifications;
using DakarCafe.Schema.Products;
using DakarCafe.Schema.RecurringDeliveries;

namespace DakarCafe.Server.Tests.RecurringDeliveries;

public sealed class RecurringDeliveryTests(PostgresServer postgres) : ClockedShopTest(postgres)
{
    [Fact]
    public async Task Weekly_fortnightly_and_monthly_recurring_deliveries_order_on_their_dates_through_a_year()
    {
        var capsule = await ProductAsync("Lungo", 2_000, stock: 1_000);
        var awa = await CustomerAsync();
        var weekly = await StartRecurringDeliveryAsync(awa, "Hebdo", DeliveryFrequency.Weekly, On(2026, 1, 12), PlanType.Basic, (capsule, 2));
        var fortnightly = await StartRecurringDeliveryAsync(awa, "Quinzaine", DeliveryFrequency.BiWeekly, On(2026, 1, 12, 11), PlanType.Premium, (capsule, 1));
        var monthly = await StartRecurringDeliveryAsync(awa, "Fin de mois", DeliveryFrequency.Monthly, On(2026, 3, 31), PlanType.Enterprise, (capsule, 5));

        await LiveDaysAsync(365);

        Clock.GetUtcNow().Should().Be(On(2027, 1, 5, 12));
        (await OrdersOfAsync(weekly)).Select(o => o.CreatedAt.Date).Should().Equal(EveryDays(7, On(2026, 1, 12), On(2027, 1, 4))).And.HaveCount(52);
        (await OrdersOfAsync(fortnightly)).Select(o => o.CreatedAt.Date).Should().Equal(EveryDays(14, On(2026, 1, 12), On(2026, 12, 28))).And.HaveCount(26);
        var monthlyOrders = await OrdersOfAsync(monthly);
        monthlyOrders.Select(o => o.CreatedAt.Date).Should().Equal(new[]
        {
            On(2026, 3, 31), On(2026, 4, 30), On(2026, 5, 31), On(2026, 6, 30), On(2026, 7, 31),
            On(2026, 8, 31), On(2026, 9, 30), On(2026, 10, 31), On(2026, 11, 30), On(2026, 12, 31),
        }.Select(d => d.Date), "a delivery on the 31st falls on each month's last day");
        monthlyOrders.Should().OnlyContain(o => o.Discount == 1_500 && o.Subtotal == 10_000, "the enterprise plan takes 15 % off the goods");
        (await OrdersOfAsync(fortnightly)).Should().OnlyContain(o => o.Discount == 200, "the premium plan takes 10 % off");
        var mine = await QueryAsync(awa, Api.RecurringDeliveries.GetMyRecurringDeliveries, new NoArgs());
        mine.Select(s => (s.Name, s.NextDelivery, s.Status)).Should().BeEquivalentTo(new[]
        {
            ("Hebdo", On(2027, 1, 11), RecurringDeliveryStatus.Active),
            ("Quinzaine", On(2027, 1, 11, 11), RecurringDeliveryStatus.Active),
            ("Fin de mois", On(2027, 1, 31), RecurringDeliveryStatus.Active),
        });
    }

    [Fact]
    public async Task A_paused_recurring_delivery_orders_nothing_until_its_date_then_resumes_by_itself_on_its_schedule()
    {
        var capsule = await ProductAsync("Ristretto", 2_500, stock: 100);
        var moussa = await CustomerAsync();
        var weekly = await StartRecurringDeliveryAsync(moussa, "Bureau", DeliveryFrequency.Weekly, On(2026, 1, 6), PlanType.Basic, (capsule, 1));

        await LiveDaysAsync(8);
        var paused = await MutateAsync(moussa, Api.RecurringDeliveries.PauseRecurringDelivery, new PauseRecurringDeliveryArgs(weekly.Id, On(2026, 1, 22, 12)));
        await LiveDaysAsync(9);
        var duringPause = (await OrdersOfAsync(weekly)).Count;
        var resumed = (await QueryAsync(moussa, Api.RecurringDeliveries.GetMyRecurringDeliveries, new NoArgs())).Single();
        await LiveDaysAsync(12);

        paused.Should().BeEquivalentTo(new { Status = RecurringDeliveryStatus.Paused, PausedUntil = On(2026, 1, 22, 12) });
        duringPause.Should().Be(2, "the deliveries of 6 and 13 January were placed, none while paused (20 January)");
        resumed.Should().BeEquivalentTo(new { Status = RecurringDeliveryStatus.Active, PausedUntil = (DateTimeOffset?)null });
        resumed.NextDelivery.Should().Be(On(2026, 1, 27), "the first weekly date after the pause's end (22 January at noon) is 27 January");
        (await OrdersOfAsync(weekly)).Select(o => o.CreatedAt.Date).Should().Equal(
            On(2026, 1, 6).Date, On(2026, 1, 13).Date, On(2026, 1, 27).Date, On(2026, 2, 3).Date);
    }

    [Fact]
    public async Task A_product_out_of_stock_is_left_out_and_the_customer_told_and_with_nothing_in_stock_the_delivery_is_skipped()
    {
        var lungo = await ProductAsync("Lungo", 2_000, stock: 100);
        var decaf = await ProductAsync("Decaf", 2_200, stock: 0);
        var fatou = await CustomerAsync();
        var weekly = await StartRecurringDeliveryAsync(fatou, "Maison", DeliveryFrequency.Weekly, On(2026, 1, 6), PlanType.Basic, (lungo, 2), (decaf, 1));

        await LiveDaysAsync(1);
        var admin = new Engine.Functions.CallerIdentity(Guid.NewGuid().ToString(), "admin@example.sn", new HashSet<string> { "admin" });
        await MutateAsync(admin, Api.Products.SetActive, new SetActiveArgs(lungo, false));
        await LiveDaysAsync(7);

        var orders = await OrdersOfAsync(weekly);
        orders.Should().ContainSingle().Which.Items.Should().ContainSingle().Which.Should().BeEquivalentTo(new { ProductId = lungo, Quantity = 2 });
        var inbox = await QueryAsync(fatou, Api.Notifications.GetMyNotifications, new GetMyNotificationsArgs());
        inbox.Items.Select(n => n.Kind).Should().BeEquivalentTo("deliverySkipped", "deliveryPartial", "orderPlaced");
        inbox.Items.Single(n => n.Kind == "deliveryPartial").Body.Should().Contain("Decaf").And.NotContain("Lungo");
        inbox.Items[0].Kind.Should().Be("deliverySkipped", "it came a week later");
        inbox.Items[0].Body.Should().Contain("Lungo").And.Contain("20/01/2026", "the next delivery is a week after the skipped one of 13 January");
        var recurring = (await QueryAsync(fatou, Api.RecurringDeliveries.GetMyRecurringDeliveries, new NoArgs())).Single();
        recurring.Should().BeEquivalentTo(new { NextDelivery = On(2026, 1, 20), LastOrderId = orders[0].Id, Status = RecurringDeliveryStatus.Active });
    }

    /// <summary>The dates from <paramref name="first"/> to <paramref name="last"/>, <paramref name="days"/> apart.</summary>
    private static IEnumerable<DateTime> EveryDays(int days, DateTimeOffset first, DateTimeOffset last)
    {
        for (var d = first; d <= last; d = d.AddDays(days))
        {
            yield return d.Date;
        }
    }
}
