using DakarCafe.Engine.Errors;
using DakarCafe.Engine.Internal.Storage;
using DakarCafe.Engine.Limits;
using DakarCafe.Protocol;
using Microsoft.Extensions.Logging;

namespace DakarCafe.Engine.Internal.Errors;

/// <summary>
/// Turns any failure of a function into what a client may see: an <see cref="AppError"/> as it is, anything else
/// as <c>INTERNAL_ERROR</c> with a correlation id, logged here with its stack; a lost connection to the database is
/// <c>UNAVAILABLE</c> (retry later), not a failure. No stack trace or SQL leaves.
/// </summary>
internal sealed partial class ErrorReporter(ILogger<ErrorReporter> logger, EngineLimits limits, ConnectionFailures connections)
{
    public ErrorInfo ToErrorInfo(Exception exception, string function)
    {
        if (exception is AppError app)
        {
            return app.ToErrorInfo();
        }

        if (exception is TimeoutException || exception.InnerException is TimeoutException)
        {
            // A database command that ran past its command timeout.
            return AppError.LimitExceeded("databaseTime", (long)limits.MaxDatabaseTime.TotalMilliseconds).ToErrorInfo();
        }

        if (connections.Observe(exception))
        {
            return ConnectionFailures.Unavailable();
        }

        var correlationId = Guid.NewGuid().ToString("N")[..16];
        Log.FunctionFailed(logger, exception, function, correlationId);
        return new ErrorInfo(ErrorCodes.Internal, "The server failed to run this function.", CorrelationId: correlationId);
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Error, "Function {Function} failed (correlation id {CorrelationId})")]
        public static partial void FunctionFailed(ILogger logger, Exception exception, string function, string correlationId);
    }
}
