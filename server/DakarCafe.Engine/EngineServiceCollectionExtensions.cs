using DakarCafe.Engine.Commands;
using DakarCafe.Engine.Files;
using DakarCafe.Engine.Functions;
using DakarCafe.Engine.Internal;
using DakarCafe.Engine.Internal.Commands;
using DakarCafe.Engine.Internal.Errors;
using DakarCafe.Engine.Internal.Execution;
using DakarCafe.Engine.Internal.Files;
using DakarCafe.Engine.Internal.Functions;
using DakarCafe.Engine.Internal.Limits;
using DakarCafe.Engine.Internal.Metrics;
using DakarCafe.Engine.Internal.Reactivity;
using DakarCafe.Engine.Internal.Scheduling;
using DakarCafe.Engine.Internal.Storage;
using DakarCafe.Engine.Internal.Sync;
using DakarCafe.Engine.Limits;
using DakarCafe.Engine.Metrics;
using DakarCafe.Engine.Scheduling;
using DakarCafe.Engine.Storage;
using DakarCafe.Protocol;
using JasperFx;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Polly;

namespace DakarCafe.Engine;

/// <summary>Registers the engine's services in a host and maps its endpoints.</summary>
public static class EngineServiceCollectionExtensions
{
    /// <summary>The name of the database entry in the health report.</summary>
    public const string DatabaseHealthCheckName = "database";

    /// <summary>Adds the engine over the PostgreSQL database named by <paramref name="connectionString"/>, with the deployment's functions and documents.</summary>
    public static IServiceCollection AddDakarCafeEngine(this IServiceCollection services, string connectionString, Action<EngineBuilder> configure)
    {
        var engine = new EngineBuilder();
        engine.Document<ScheduledJob>(job => job.Duplicate(j => j.State).Duplicate(j => j.RunAt).Duplicate(j => j.ClaimedUntil));
        configure(engine);
        if (engine.Dashboard is { } dashboard)
        {
            Internal.Dashboard.DashboardModule.Add(engine, dashboard, services);
        }

        services.TryAddSingleton(TimeProvider.System);
        services.AddMetrics();
        connectionString = PreparedStatements.Enable(connectionString);
        services.AddNpgsqlDataSource(connectionString);
        ReactorConnections.Add(services, connectionString);
        services.AddResiliencePipeline<string>(PostgresResilience.HealthProbe, (builder, _) => PostgresResilience.AddHealthProbe(builder));
        services.AddHealthChecks().AddCheck<PostgresHealthCheck>(DatabaseHealthCheckName);

        // Marten draws from the engine's data source: one connection pool per server, sized by the connection string.
        services.AddMarten(options =>
        {
            // Sessions never change the schema: a start does (SchemaInstaller), or a reviewed script.
            options.AutoCreateSchemaObjects = AutoCreate.None;
            // The engine decides what to retry (ConnectionFailures, the mutation conflict retry): functions run in
            // transactions of its own, and Marten's retries would replay a statement in a transaction the failure
            // already ended, answering "Transaction is already completed" instead of the connection's failure.
            options.ConfigurePolly(_ => { });
            options.ConfigureWritePolly(_ => { });
            engine.ApplyTo(options);
            options.Storage.Add(new EngineSchema(options, engine.Documents, engine.Sequences));
        }).UseNpgsqlDataSource();
        services.ConfigureMarten((sp, options) => options.Logger(new MartenCommandLogger(sp.GetRequiredService<ILogger<IDocumentStore>>())));
        services.AddSingleton(engine.Functions);
        services.AddSingleton(engine.Schema);
        services.AddSingleton(sp => ActivatorUtilities.CreateInstance<SchemaInstaller>(sp, engine.DataMigrations));
        services.AddSingleton(engine.Limits);
        if (engine.Files is { } files)
        {
            services.AddSingleton(files);
            services.TryAddSingleton<IFileStore, LocalFileStore>();
        }

        services.AddSingleton(sp => new DocumentTypes(sp.GetRequiredService<IDocumentStore>(), engine.Documents));
        services.AddSingleton(new NamedSequences(engine.Sequences));
        services.AddSingleton(sp => ActivatorUtilities.CreateInstance<CronTable>(sp, engine.Crons));
        services.AddSingleton<JobRunner>();
        services.AddSingleton<Backup.DeploymentArchive>();
        services.AddSingleton<IDeploymentCommand, ExportCommand>();
        services.AddSingleton<IDeploymentCommand, ImportCommand>();
        services.AddSingleton<IDeploymentCommand, DbPatchCommand>();
        services.AddSingleton<IDeploymentCommand, DbApplyCommand>();
        services.AddSingleton<EngineNode>();
        services.AddSingleton<EngineMetrics>();
        services.AddSingleton<FunctionLog>();
        services.AddSingleton<ErrorReporter>();
        services.AddSingleton<ConnectionFailures>();
        services.AddSingleton<UnconfirmedMutations>();
        services.AddSingleton<ClientMutations>();
        services.AddSingleton<TransitionDispatcher>();
        services.AddSingleton<MutationSlots>();
        services.AddSingleton<DurabilityBarrier>();
        services.AddSingleton<QueryRunner>();
        services.AddSingleton<QueryExecutor>();
        services.AddSingleton<MutationExecutor>();
        services.AddSingleton<FunctionCaller>();
        services.AddSingleton<IFunctionCaller>(sp => sp.GetRequiredService<FunctionCaller>());
        services.AddSingleton<Reactor>();
        services.AddSingleton<IdentityWatcher>();
        services.AddSingleton<CallerRateLimits>();
        services.AddSingleton(sp => new EngineReadiness(sp.GetRequiredService<Reactor>(), sp));
        services.TryAddSingleton<ICallerAuthenticator, ClaimsCallerAuthenticator>();
        services.AddHostedService<EngineHost>();

        services.AddSignalR(hub =>
        {
            hub.MaximumReceiveMessageSize = engine.Limits.MaxMessageBytes;
            hub.MaximumParallelInvocationsPerClient = 16;
            hub.EnableDetailedErrors = false;
            hub.KeepAliveInterval = engine.Limits.KeepAliveInterval;
        }).AddMessagePackProtocol().AddJsonProtocol(json => HubJson.Configure(json.PayloadSerializerOptions));
        StrictHubProtocol.Apply(services, engine.Limits.MaxMessageBytes);
        services.AddSingleton<SyncConnections>();
        services.AddSingleton<HubLifetimeManager<SyncHub>>(sp => sp.GetRequiredService<SyncConnections>());
        return services;
    }

    /// <summary>Maps the sync hub at <see cref="SyncHubMethods.Path"/> and the file endpoints (<c>/files</c>).</summary>
    public static IEndpointRouteBuilder MapDakarCafeEngine(this IEndpointRouteBuilder endpoints)
    {
        var limits = endpoints.ServiceProvider.GetRequiredService<EngineLimits>();
        // A client whose socket takes no data for this long is disconnected (it reconnects and resubscribes).
        var stopping = endpoints.ServiceProvider.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
        var ready = endpoints.ServiceProvider.GetRequiredService<Reactor>().Ready;
        endpoints.MapHub<SyncHub>(SyncHubMethods.Path, hub => hub.TransportSendTimeout = limits.StalledClientTimeout)
            .Add(endpoint => endpoint.RequestDelegate = UnavailableNodeRefusal.Guard(endpoint.RequestDelegate!, ready, stopping));
        if (endpoints.ServiceProvider.GetService<FileStorageOptions>() is not null)
        {
            FileEndpoints.Map(endpoints);
        }

        return endpoints;
    }
}
