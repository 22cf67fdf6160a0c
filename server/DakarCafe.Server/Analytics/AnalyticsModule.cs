using DakarCafe.Engine;
using DakarCafe.Engine.Functions;
using DakarCafe.Schema;
using DakarCafe.Schema.Analytics;
using DakarCafe.Server.Orders;

namespace DakarCafe.Server.Analytics;

/// <summary>
/// Analytics: <c>analytics:trackEvent</c> for any caller, buffered and written in batches outside the commit log
/// (nothing watches events live), and the staff's aggregates over them.
/// </summary>
internal static class AnalyticsModule
{
    public static void AddShopAnalytics(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<AnalyticsWriter>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<AnalyticsWriter>());
    }

    public static void Register(EngineBuilder engine)
    {
        engine.ConfigureMarten(options => options.Schema.For<AnalyticsEvent>()
            .Duplicate(e => e.Event).Duplicate(e => e.OccurredAt).Duplicate(e => e.UserId));
        var f = engine.Functions;
        f.Action(Api.Analytics.TrackEvent, AccessRule.Public, TrackAsync);
        f.Action(Api.Analytics.EventsPerDay, OrderAccess.Staff, AnalyticsReports.EventsPerDayAsync);
        f.Action(Api.Analytics.TopViewedProducts, OrderAccess.Staff, AnalyticsReports.TopViewedProductsAsync);
        f.Action(Api.Analytics.CartConversion, OrderAccess.Staff, AnalyticsReports.CartConversionAsync);
    }

    private static Task<bool> TrackAsync(ActionContext ctx, TrackedEvent args, CancellationToken ct)
    {
        var tracked = new AnalyticsEvent(Guid.CreateVersion7(ctx.Time.GetUtcNow()), AnalyticsRules.Event(args.Event),
            ctx.Identity.UserId is { } user ? Guid.Parse(user) : null, AnalyticsRules.Properties(args.Properties), ctx.Time.GetUtcNow());
        return Task.FromResult(ctx.Services.GetRequiredService<AnalyticsWriter>().TryTrack(tracked));
    }
}
