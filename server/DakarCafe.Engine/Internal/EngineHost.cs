using DakarCafe.Engine.Internal.Reactivity;
using DakarCafe.Engine.Internal.Scheduling;
using DakarCafe.Engine.Internal.Storage;
using DakarCafe.Engine.Internal.Sync;
using DakarCafe.Engine.Limits;
using DakarCafe.Engine.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace DakarCafe.Engine.Internal;

/// <summary>
/// Brings the engine up in the background, so the server starts even while the database is unreachable: it
/// prepares the schema and runs the data migrations (<see cref="SchemaInstaller"/>, retrying until the database
/// answers; a schema that does not match with AutoCreate off stops the server), then runs the reactor and
/// the <c>LISTEN</c> loop that wakes it for commits made anywhere. A listener that reconnects wakes the reactor,
/// which catches up from its last version.
/// </summary>
internal sealed partial class EngineHost(
    NpgsqlDataSource dataSource, [FromKeyedServices(ReactorConnections.Key)] NpgsqlDataSource reactorConnections, SchemaInstaller schema, CronTable crons,
    JobRunner jobs, Reactor reactor, IdentityWatcher identities, ConnectionFailures connections, EngineLimits limits, TimeProvider time,
    IHostApplicationLifetime lifetime, ILogger<EngineHost> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await PostgresResilience.UntilTheDatabaseAnswers.ExecuteAsync(async ct =>
            {
                await schema.PrepareAsync(ct);
                await crons.SyncAsync(time.GetUtcNow(), ct);
            }, stoppingToken);
        }
        catch (SchemaMismatchException mismatch)
        {
            // Serving on a schema the code does not expect would fail call after call: stop, saying what to run.
            Log.SchemaMismatch(logger, mismatch.Message);
            Environment.ExitCode = 1;
            lifetime.StopApplication();
            return;
        }

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

        [LoggerMessage(4, LogLevel.Critical, "{Message}")]
        public static partial void SchemaMismatch(ILogger logger, string message);

        [LoggerMessage(2, LogLevel.Warning, "Lost the commit notification listener; reconnecting")]
        public static partial void ListenerLost(ILogger logger, Exception exception);
    }
}
