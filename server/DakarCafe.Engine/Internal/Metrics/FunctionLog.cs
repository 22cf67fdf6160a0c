using System.Diagnostics;
using DakarCafe.Engine.Metrics;
using DakarCafe.Protocol;
using Microsoft.Extensions.Logging;

namespace DakarCafe.Engine.Internal.Metrics;

/// <summary>
/// Each function call, measured and logged: its latency goes to <see cref="EngineMetrics"/>, and a Debug line names it
/// with a correlation id: the caller's session and request id, or, when it failed, the id its error carries to the
/// client, so a user's report, the client's error and the server's logs meet. With the dashboard on, the call also goes
/// to its live log. Its log category is
/// <see cref="Category"/>, whatever the class is called: <c>Logging:LogLevel:DakarCafe.Functions=Debug</c> shows every call.
/// </summary>
internal sealed partial class FunctionLog(ILoggerFactory loggers, EngineMetrics metrics, Dashboard.CallRecorder? recorder = null)
{
    public const string Category = "DakarCafe.Functions";

    private readonly ILogger _logger = loggers.CreateLogger(Category);

    public void Completed(string function, string kind, long startedAt, ErrorInfo? error, string? correlationId, string? callerId)
    {
        metrics.FunctionRan(function, kind, startedAt, failed: error is not null);
        var debug = _logger.IsEnabled(LogLevel.Debug);
        if (!debug && recorder is null)
        {
            return;
        }

        var elapsed = Stopwatch.GetElapsedTime(startedAt).TotalMilliseconds;
        correlationId = error?.CorrelationId ?? correlationId ?? Guid.NewGuid().ToString("N")[..16];
        if (debug)
        {
            LogCompleted(_logger, kind, function, error?.Code ?? "ok", elapsed, correlationId);
        }

        recorder?.Ran(function, kind, callerId, elapsed, error?.Code ?? "ok", correlationId);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "{Kind} {Function} answered {Outcome} in {ElapsedMs:0.0} ms (correlation id {CorrelationId})")]
    private static partial void LogCompleted(ILogger logger, string kind, string function, string outcome, double elapsedMs, string correlationId);
}
