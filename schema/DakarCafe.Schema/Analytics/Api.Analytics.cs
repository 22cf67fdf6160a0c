using DakarCafe.Protocol;
using DakarCafe.Schema.Analytics;

namespace DakarCafe.Schema;

public static partial class Api
{
    /// <summary>The <c>analytics</c> module's functions.</summary>
    public static class Analytics
    {
        /// <summary><c>analytics:trackEvent</c>: Records an event; buffered and written in batches, it never waits for the database.</summary>
        public static ActionReference<TrackedEvent, bool> TrackEvent { get; } = new("analytics:trackEvent");

        /// <summary><c>analytics:eventsPerDay</c>: Events per day and name in a period (staff).</summary>
        public static ActionReference<AnalyticsPeriodArgs, IReadOnlyList<EventCount>> EventsPerDay { get; } = new("analytics:eventsPerDay");

        /// <summary><c>analytics:topViewedProducts</c>: The most viewed products in a period (staff).</summary>
        public static ActionReference<AnalyticsPeriodArgs, IReadOnlyList<ProductViews>> TopViewedProducts { get; } = new("analytics:topViewedProducts");

        /// <summary><c>analytics:cartConversion</c>: Cart-to-order conversion in a period (staff).</summary>
        public static ActionReference<AnalyticsPeriodArgs, CartConversion> CartConversion { get; } = new("analytics:cartConversion");
    }
}
