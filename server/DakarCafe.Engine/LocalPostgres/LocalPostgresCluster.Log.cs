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
    }
}
