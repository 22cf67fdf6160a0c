using Microsoft.Extensions.Logging;

namespace DakarCafe.Client;

public sealed partial class DakarCafeClient
{
    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Information, "Connected to {Server} as connection {ConnectionId}")]
        public static partial void Connected(ILogger logger, Uri server, string? connectionId);

        [LoggerMessage(2, LogLevel.Warning, "Connection lost ({Reason}); reconnecting")]
        public static partial void ConnectionLost(ILogger logger, string? reason);

        [LoggerMessage(3, LogLevel.Information, "Reconnect attempt {Attempt} failed ({Reason}); next in {Delay}")]
        public static partial void ReconnectFailed(ILogger logger, int attempt, TimeSpan delay, string? reason);

        [LoggerMessage(4, LogLevel.Information, "Reconnected as {ConnectionId}: {Queries} queries resubscribed, {Mutations} mutations resent")]
        public static partial void Reconnected(ILogger logger, string? connectionId, int queries, int mutations);

        [LoggerMessage(5, LogLevel.Debug, "Access token refreshed on the live connection; it expires at {ExpiresAt}")]
        public static partial void TokenRefreshed(ILogger logger, DateTimeOffset? expiresAt);

        [LoggerMessage(6, LogLevel.Warning, "Refreshing the access token failed ({Reason}); trying again")]
        public static partial void TokenRefreshFailed(ILogger logger, string reason);

        [LoggerMessage(7, LogLevel.Warning, "The server reported a protocol error: {Code} {Message}")]
        public static partial void ProtocolError(ILogger logger, string code, string message);
    }
}
