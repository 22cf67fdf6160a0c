using Npgsql;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace DakarCafe.Engine.Storage;

/// <summary>The engine's retry pipelines for PostgreSQL calls.</summary>
public static class PostgresResilience
{
    /// <summary>A short probe: three quick tries within two seconds, so one broken pooled connection is not an outage.</summary>
    public const string HealthProbe = "postgres-health";

    /// <summary>
    /// For start-up work that needs the database: retries forever with jittered backoff (200 ms up to 5 s), so a
    /// server starts while its database is away and finishes starting when it comes back. A schema that does not match
    /// is not retried: waiting will not change it.
    /// </summary>
    public static ResiliencePipeline UntilTheDatabaseAnswers { get; } = new ResiliencePipelineBuilder()
        .AddRetry(new RetryStrategyOptions
        {
            ShouldHandle = new PredicateBuilder().Handle<Exception>(e => e is not (OperationCanceledException or SchemaMismatchException)),
            MaxRetryAttempts = int.MaxValue,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = TimeSpan.FromMilliseconds(200),
            MaxDelay = TimeSpan.FromSeconds(5),
        }).Build();

    /// <summary>Configures the health probe's pipeline.</summary>
    internal static void AddHealthProbe(ResiliencePipelineBuilder builder) => builder
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
