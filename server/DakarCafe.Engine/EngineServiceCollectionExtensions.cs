using DakarCafe.Engine.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Polly;

namespace DakarCafe.Engine;

/// <summary>Registers the engine's services in a host.</summary>
public static class EngineServiceCollectionExtensions
{
    /// <summary>The name of the database entry in the health report.</summary>
    public const string DatabaseHealthCheckName = "database";

    /// <summary>Adds the engine over the PostgreSQL database named by <paramref name="connectionString"/>.</summary>
    public static IServiceCollection AddDakarCafeEngine(this IServiceCollection services, string connectionString)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddNpgsqlDataSource(connectionString);
        services.AddResiliencePipeline<string>(PostgresResilience.HealthProbe, (builder, _) => PostgresResilience.AddHealthProbe(builder));
        services.AddHealthChecks().AddCheck<PostgresHealthCheck>(DatabaseHealthCheckName);
        return services;
    }
}
