using DakarCafe.Engine;
using DakarCafe.Schema.Analytics;

namespace DakarCafe.Server.Analytics;

/// <summary>
/// Analytics events: plain Marten documents outside the commit log (nothing watches them live), with the indexes
/// the aggregates will need; tracking and the admin queries come next.
/// </summary>
internal static class AnalyticsModule
{
    public static void Register(EngineBuilder engine) =>
        engine.ConfigureMarten(options => options.Schema.For<AnalyticsEvent>().Index(e => e.Event).Index(e => e.OccurredAt));
}
