using System.Net.Sockets;
using DakarCafe.Engine.Errors;
using DakarCafe.Engine.Internal.Reactivity;
using DakarCafe.Protocol;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace DakarCafe.Engine.Internal.Storage;

/// <summary>
/// Failures of the connection to PostgreSQL rather than of a statement: the server restarted (its pooled
/// connections are all broken), is starting or stopping, or cannot be reached. Each clears the connection pools, so
/// the next call opens fresh connections instead of meeting the broken ones one by one (the commit listener, whose
/// connection breaks first, reports the restart at once); work that wrote nothing may
/// run once more at once, and callers are answered <c>UNAVAILABLE</c> with a <c>retryAfterMs</c>, never a failure.
/// </summary>
internal sealed partial class ConnectionFailures(
    NpgsqlDataSource dataSource, [FromKeyedServices(ReactorConnections.Key)] NpgsqlDataSource reactorConnections, ILogger<ConnectionFailures> logger)
{
    /// <summary>How long a caller is asked to wait before trying again while the database is away.</summary>
    public const long RetryAfterMilliseconds = 1_000;

    /// <summary>True when <paramref name="e"/> (or an exception inside it) says the connection, not the statement, failed.</summary>
    public static bool IsConnectionFailure(Exception e) => PostgresErrors.Find(e) is { } postgres
        ? postgres.SqlState.StartsWith("08", StringComparison.Ordinal) || postgres.SqlState is PostgresErrorCodes.AdminShutdown
            or PostgresErrorCodes.CrashShutdown or PostgresErrorCodes.CannotConnectNow or PostgresErrorCodes.TooManyConnections
        : PostgresErrors.Find<NpgsqlException>(e) is { } npgsql && IsTransport(npgsql.InnerException);

    /// <summary>When <paramref name="e"/> is a connection failure, clears the pools and returns true.</summary>
    public bool Observe(Exception e)
    {
        if (!IsConnectionFailure(e))
        {
            return false;
        }

        Log.PoolsCleared(logger, e.GetBaseException().Message);
        dataSource.Clear();
        reactorConnections.Clear();
        // The token server's Entity Framework context opens its connections from a connection string's pool.
        NpgsqlConnection.ClearAllPools();
        return true;
    }

    /// <summary>
    /// Runs work that writes nothing or rolls back when it fails (never a commit whose outcome is unknown); when its
    /// connection fails, clears the pools and runs it once more on a fresh connection.
    /// </summary>
    public async Task<T> RetryOnceAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken ct)
    {
        try
        {
            return await work(ct);
        }
        catch (Exception e) when (!ct.IsCancellationRequested && Observe(e))
        {
            return await work(ct);
        }
    }

    /// <summary>What a caller is answered while the database cannot be reached: nothing was done, try again later.</summary>
    public static ErrorInfo Unavailable() => new AppError(ErrorCodes.Unavailable,
        "The database cannot be reached right now; nothing was lost. Try again in a moment.", new { retryAfterMs = RetryAfterMilliseconds }).ToErrorInfo();

    private static bool IsTransport(Exception? inner) => inner is IOException or SocketException or EndOfStreamException or ObjectDisposedException;

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Warning, "The connection to PostgreSQL failed ({Reason}); connection pools cleared")]
        public static partial void PoolsCleared(ILogger logger, string reason);
    }
}
