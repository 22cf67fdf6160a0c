using Microsoft.Extensions.Logging;

namespace DakarCafe.Engine.LocalPostgres;

public sealed partial class LocalPostgresCluster
{
    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Information, "Local PostgreSQL started in {DataDirectory} on 127.0.0.1:{Port} (initialised now: {Initialized})")]
        public static partial void Started(ILogger logger, string dataDirectory, int port, bool initialized);

        [LoggerMessage(2, LogLevel.Information, "Local PostgreSQL in {DataDirectory} stopped")]
        public static partial void Stopped(ILogger logger, string dataDirectory);

        [LoggerMessage(3, LogLevel.Warning, "Local PostgreSQL (pid {ProcessId}) in {DataDirectory} was left running by an earlier run; stopping it before a clean start")]
        public static partial void RecoveringRunning(ILogger logger, int processId, string dataDirectory);

        [LoggerMessage(4, LogLevel.Warning, "Removing the stale pid file of process {ProcessId} in {DataDirectory}, which is no longer running")]
        public static partial void RemovingStalePidFile(ILogger logger, int processId, string dataDirectory);

        [LoggerMessage(5, LogLevel.Information, "The {ServiceUser} user cannot enter a folder above {Requested}; its local PostgreSQL is kept in {DataDirectory} instead")]
        public static partial void Relocated(ILogger logger, string requested, string serviceUser, string dataDirectory);

        [LoggerMessage(6, LogLevel.Information, "Local PostgreSQL in {DataDirectory} is owned by another running process; using its server on 127.0.0.1:{Port} (pid {ProcessId})")]
        public static partial void Attached(ILogger logger, string dataDirectory, int port, int processId);

        [LoggerMessage(7, LogLevel.Information, "Local PostgreSQL in {DataDirectory} left running for the process that owns it")]
        public static partial void LeftRunning(ILogger logger, string dataDirectory);

        [LoggerMessage(8, LogLevel.Warning, "Local PostgreSQL in {DataDirectory} stopped by itself; starting it again")]
        public static partial void ServerGone(ILogger logger, string dataDirectory);

        [LoggerMessage(9, LogLevel.Warning, "Local PostgreSQL in {DataDirectory} started again on 127.0.0.1:{Port} (attempt {Attempt})")]
        public static partial void Restarted(ILogger logger, string dataDirectory, int port, int attempt);

        [LoggerMessage(10, LogLevel.Warning, "Local PostgreSQL in {DataDirectory} did not start again (attempt {Attempt}); next try in {DelayMilliseconds} ms: {Output}")]
        public static partial void RestartFailed(ILogger logger, string dataDirectory, int attempt, double delayMilliseconds, string output);
    }
}
