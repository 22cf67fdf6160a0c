using DakarCafe.Engine.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;
using Polly.Registry;

namespace DakarCafe.Engine.Internal.Storage;

/// <summary>Healthy while a round trip to the database succeeds; it rides out a pooled connection that a restart broke.</summary>
internal sealed class PostgresHealthCheck(NpgsqlDataSource dataSource, ResiliencePipelineProvider<string> pipelines) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await pipelines.GetPipeline(PostgresResilience.HealthProbe).ExecuteAsync(async ct =>
            {
                await using var command = dataSource.CreateCommand("select 1");
                await command.ExecuteScalarAsync(ct);
            }, cancellationToken);
            return HealthCheckResult.Healthy("connected");
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException or Polly.Timeout.TimeoutRejectedException)
        {
            return HealthCheckResult.Unhealthy("unreachable");
        }
    }
}
