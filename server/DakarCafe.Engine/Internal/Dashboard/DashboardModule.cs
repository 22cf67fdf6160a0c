using DakarCafe.Engine.Dashboard;
using Microsoft.Extensions.DependencyInjection;

namespace DakarCafe.Engine.Internal.Dashboard;

/// <summary>What <see cref="EngineBuilder.UseDashboard"/> adds: the dashboard's documents, its functions and the writers of the live log and of the metrics samples.</summary>
internal static class DashboardModule
{
    public static void Add(EngineBuilder engine, DashboardOptions options, IServiceCollection services)
    {
        engine.Document<AuditEntry>(audit => audit.Index(e => e.Number)).Sequence(AuditTrail.Sequence);
        engine.Document<FunctionCallRecord>(call => call.Index(c => c.At));
        engine.Document<MetricsSample>(sample => sample.Index(s => s.At));
        engine.Document<ImpersonationGrant>();
        DataBrowser.Register(engine.Functions);
        AuditTrail.Register(engine.Functions);
        FunctionCatalog.Register(engine.Functions);
        Impersonation.Register(engine.Functions);
        CallLog.Register(engine.Functions, options);
        MetricsView.Register(engine.Functions, options);
        JobsView.Register(engine.Functions);
        if (engine.Files is not null)
        {
            FilesView.Register(engine.Functions);
        }

        services.AddSingleton(options);
        services.AddSingleton<CallRecorder>();
        services.AddHostedService<CallLogWriter>();
        services.AddHostedService<MetricsSampler>();
    }
}
