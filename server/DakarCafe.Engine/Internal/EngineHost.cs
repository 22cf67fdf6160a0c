using DakarCafe.Engine.Internal.Functions;
using DakarCafe.Engine.Internal.Reactivity;
using DakarCafe.Engine.Internal.Scheduling;
using DakarCafe.Engine.Internal.Storage;
using DakarCafe.Engine.Internal.Sync;
using DakarCafe.Engine.Limits;
using DakarCafe.Engine.Storage;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace DakarCafe.Engine.Internal;

/// <summary>
/// Brings the engine up in the background, so the server starts even while the database is unreachable: it
/// applies the Marten schema and the commit log (retrying until the database answers), then runs the reactor and
/// the <c>LISTEN</c> loop that wakes it for commits made anywhere. A listener that reconnects wakes the reactor,
/// which catches up from its last version.
/// </summary>
internal sealed partial class EngineHost(
    IDocumentStore store, NpgsqlDataSource dataSource, [FromKeyedServices(ReactorConnections.Key)] NpgsqlDataSource reactorConnections, DocumentTypes types, NamedSequences sequences, CronTable crons, JobRunner jobs, Reactor reactor,
    IdentityWatcher identities, ConnectionFailures connections,
    EngineLimits limits, TimeProvider time, ILogger<EngineHost> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await PostgresResilience.UntilTheDatabaseAnswers.ExecuteAsync(async ct =>
        {
            await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
            await CommitLogSchema.InstallAsync(dataSource, types.Tables, ct);
            await sequences.InstallAsync(dataSource, ct);
            await crons.InstallAsync(time.GetUtcNow(), ct);
        }, stoppingToken);
        Log.SchemaReady(logger);

        var reactorLoop = PostgresResilience.UntilTheDatabaseAnswers.ExecuteAsync(async ct => await reactor.RunAsync(ct), stoppingToken).AsTask();
        var listenLoop = ListenAsync(stoppingToken);
        await Task.WhenAll(reactorLoop, listenLoop, identities.RunAsync(stoppingToken), PruneAsync(stoppingToken), jobs.RunAsync(stoppingToken));
    }

    private async Task PruneAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(1), time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await CommitLogSchema.PruneAsync(dataSource, limits.CommitLogRetention, limits.ReceiptRetention, stoppingToken);
            }
            catch (NpgsqlException e)
            {
                Log.PruneFailed(logger, e);
            }
        }
    }

    private async Task ListenAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = await reactorConnections.OpenConnectionAsync(stoppingToken);
                connection.Notification += (_, _) => reactor.Wake();
                await using (var listen = new NpgsqlCommand($"listen {CommitLogSchema.NotifyChannel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }

                reactor.Wake();
                while (!stoppingToken.IsCancellationRequested)
                {
                    await connection.WaitAsync(stoppingToken);
                }
            }
            catch (Exception e) when (e is NpgsqlException or TimeoutException or System.IO.IOException && !stoppingToken.IsCancellationRequested)
            {
                Log.ListenerLost(logger, e);
                // The database restarted or went away: every pooled connection to it is broken too.
                connections.Observe(e);
                await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken);
            }
        }
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Information, "Engine schema and commit log are ready")]
        public static partial void SchemaReady(ILogger logger);

        [LoggerMessage(3, LogLevel.Warning, "Pruning the commit log failed; it will be tried again")]
        public static partial void PruneFailed(ILogger logger, Exception exception);

        [LoggerMessage(2, LogLevel.Warning, "Lost the commit notification listener; reconnecting")]
        public static partial void ListenerLost(ILogger logger, Exception exception);
    }
}
