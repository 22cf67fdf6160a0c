using DakarCafe.Client;
using DakarCafe.Fixtures;
using DakarCafe.Protocol;
using DakarCafe.Schema;
using DakarCafe.Schema.Analytics;
using DakarCafe.Server.Analytics;
using DakarCafe.Server.Tests.Orders;
using Microsoft.Extensions.DependencyInjection;

namespace DakarCafe.Server.Tests.Analytics;

public sealed class AnalyticsTests(PostgresServer postgres) : ShopTest(postgres)
{
    private static AnalyticsPeriodArgs LastHour() =>
        new(TimeProvider.System.GetUtcNow().AddHours(-1), TimeProvider.System.GetUtcNow().AddHours(1));

    private static Task<bool> TrackAsync(DakarCafeClient client, string name, Guid? product = null) =>
        client.ActionAsync(Api.Analytics.TrackEvent,
            new TrackedEvent(name, product is { } id ? new Dictionary<string, string> { ["productId"] = id.ToString() } : null), Within());

    [Fact]
    public async Task Tracked_events_add_up_to_daily_counts_top_viewed_products_and_cart_conversion()
    {
        var staff = await ConnectAsync(await SignInAsAsync("admin"));
        var (kenya, roma) = (await staff.MutateAsync(Api.Products.Create, TestProducts.Capsule("Kenya", 4_000, stock: 10), Within()),
            await staff.MutateAsync(Api.Products.Create, TestProducts.Capsule("Roma", 3_500, stock: 10), Within()));
        var (awa, moussa, visitor) = (await ConnectAsync(await SignInAsAsync("user")), await ConnectAsync(await SignInAsAsync("user")), await ConnectAsync());

        var tracked = await Task.WhenAll(
            TrackAsync(awa, AnalyticsReports.ProductViewed, kenya), TrackAsync(moussa, AnalyticsReports.ProductViewed, kenya),
            TrackAsync(visitor, AnalyticsReports.ProductViewed, kenya), TrackAsync(visitor, AnalyticsReports.ProductViewed, roma),
            TrackAsync(awa, AnalyticsReports.AddToCart, kenya), TrackAsync(moussa, AnalyticsReports.AddToCart, roma), TrackAsync(visitor, "search"));
        await awa.MutateAsync(Api.Orders.CreateOrder, TestOrders.Of((kenya, 1)), Within());
        await Server.Services.GetRequiredService<AnalyticsWriter>().FlushAsync(Within());

        var perDay = await staff.ActionAsync(Api.Analytics.EventsPerDay, LastHour(), Within());
        var views = await staff.ActionAsync(Api.Analytics.EventsPerDay, LastHour() with { Event = "product_viewed" }, Within());
        var top = await staff.ActionAsync(Api.Analytics.TopViewedProducts, LastHour(), Within());
        var conversion = await staff.ActionAsync(Api.Analytics.CartConversion, LastHour(), Within());

        tracked.Should().OnlyContain(accepted => accepted);
        perDay.GroupBy(c => c.Event).ToDictionary(g => g.Key, g => g.Sum(c => c.Count)).Should().BeEquivalentTo(
            new Dictionary<string, long> { ["product_viewed"] = 4, ["add_to_cart"] = 2, ["search"] = 1 });
        perDay.Should().OnlyContain(c => c.Day.TimeOfDay == TimeSpan.Zero && c.Day.Offset == TimeSpan.Zero);
        views.Should().OnlyContain(c => c.Event == "product_viewed");
        top.Should().Equal(new ProductViews(kenya, "Kenya", 3), new ProductViews(roma, "Roma", 1));
        conversion.Should().Be(new CartConversion(Carted: 2, Ordered: 1, RateBasisPoints: 5_000), "the anonymous visitor is not counted");
    }

    [Fact]
    public async Task Bad_events_and_periods_are_refused_and_only_staff_read_the_aggregates()
    {
        var customer = await ConnectAsync(await SignInAsAsync("user"));
        var staff = await ConnectAsync(await SignInAsAsync("admin"));
        var tooMany = Enumerable.Range(0, 21).ToDictionary(i => $"k{i}", i => "v");

        var badName = () => customer.ActionAsync(Api.Analytics.TrackEvent, new TrackedEvent("DROP TABLE users;"), Within());
        var badProperties = () => customer.ActionAsync(Api.Analytics.TrackEvent, new TrackedEvent("search", tooMany), Within());
        var snooping = () => customer.ActionAsync(Api.Analytics.CartConversion, LastHour(), Within());
        var twoYears = () => staff.ActionAsync(Api.Analytics.EventsPerDay,
            new AnalyticsPeriodArgs(TimeProvider.System.GetUtcNow().AddYears(-2), TimeProvider.System.GetUtcNow()), Within());
        var backwards = () => staff.ActionAsync(Api.Analytics.TopViewedProducts,
            new AnalyticsPeriodArgs(TimeProvider.System.GetUtcNow(), TimeProvider.System.GetUtcNow().AddDays(-1)), Within());

        (await badName.Should().ThrowAsync<DakarCafeException>()).Which.Error.Data.Should().Contain("\"field\":\"event\"");
        (await badProperties.Should().ThrowAsync<DakarCafeException>()).Which.Error.Data.Should().Contain("\"field\":\"properties\"");
        (await snooping.Should().ThrowAsync<DakarCafeException>()).Which.Code.Should().Be(ErrorCodes.Forbidden);
        (await twoYears.Should().ThrowAsync<DakarCafeException>()).Which.Code.Should().Be(ErrorCodes.Validation);
        (await backwards.Should().ThrowAsync<DakarCafeException>()).Which.Code.Should().Be(ErrorCodes.Validation);
        (await Server.Services.GetRequiredService<AnalyticsWriter>().FlushAsync(Within())).Should().Be(0, "nothing refused was buffered");
    }
}
