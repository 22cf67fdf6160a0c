using Npgsql;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace DakarCafe.Engine.Storage;

/// <summary>The engine's retry pipelines for PostgreSQL calls, registered by name.</summary>
internal static class PostgresResilience
{
    /// <summary>A short probe: three quick tries within two seconds, so one broken pooled connection is not an outage.</summary>
    public const string HealthProbe = "postgres-health";

    public static void AddHealthProbe(ResiliencePipelineBuilder builder) => builder
        .AddTimeout(TimeSpan.FromSeconds(2))
        .AddRetry(new RetryStrategyOptions
        {
            ShouldHandle = new PredicateBuilder().Handle<NpgsqlException>().Handle<TimeoutRejectedException>(),
            MaxRetryAttempts = 2,
            Delay = TimeSpan.FromMilliseconds(50),
            BackoffType = DelayBackoffType.Exponential,
        })
        .AddTimeout(TimeSpan.FromMilliseconds(900));
}
