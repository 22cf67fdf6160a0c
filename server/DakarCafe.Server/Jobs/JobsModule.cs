using DakarCafe.Engine;
using DakarCafe.Schema;
using DakarCafe.Server.Orders;

namespace DakarCafe.Server.Jobs;

/// <summary>The engine's scheduled jobs, for staff to watch: what is due, what runs, what failed and why.</summary>
internal static class JobsModule
{
    public static void Register(EngineBuilder engine) => engine.Functions.Query(Api.Jobs.ListJobs, OrderAccess.Staff, ListJobs.HandleAsync);
}
