using Marten;
using Marten.Services;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace DakarCafe.Engine.Internal.Storage;

/// <summary>
/// Marten's command log. Marten logs every failed command as an error; the failures the engine expects and handles
/// itself are logged at debug level instead: a cancelled command (a run out of time, a caller gone) and the
/// concurrency clashes a mutation retries (serialization failures, deadlocks, unique indexes, stream versions).
/// Any other failure stays an error (and a function's is reported again, with its correlation id, by the engine).
/// </summary>
internal sealed partial class MartenCommandLogger(ILogger<IDocumentStore> logger) : IMartenLogger, IMartenSessionLogger
{
    public IMartenSessionLogger StartSession(IQuerySession session) => this;

    public void SchemaChange(string sql) => Log.SchemaChanged(logger, sql);

    public void LogSuccess(NpgsqlCommand command)
    {
    }

    public void LogSuccess(NpgsqlBatch batch)
    {
    }

    public void LogFailure(NpgsqlCommand command, Exception ex) => Failed(ex, command.CommandText);

    public void LogFailure(NpgsqlBatch batch, Exception ex) => Failed(ex, string.Join(";\n", batch.BatchCommands.Cast<NpgsqlBatchCommand>().Select(c => c.CommandText)));

    public void LogFailure(Exception ex, string message) => Failed(ex, message);

    public void RecordSavedChanges(IDocumentSession session, IChangeSet commit)
    {
    }

    public void OnBeforeExecute(NpgsqlCommand command)
    {
    }

    public void OnBeforeExecute(NpgsqlBatch batch)
    {
    }

    private void Failed(Exception ex, string what)
    {
        if (IsExpected(ex))
        {
            Log.ExpectedFailure(logger, ex, what);
        }
        else
        {
            Log.CommandFailed(logger, ex, what);
        }
    }

    private static bool IsExpected(Exception ex) =>
        ex is OperationCanceledException or JasperFx.ConcurrencyException
        || PostgresErrors.Find(ex) is { SqlState: PostgresErrorCodes.QueryCanceled }
        || PostgresErrors.IsConcurrencyClash(ex);

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Information, "Executed schema update SQL:\n{Sql}")]
        public static partial void SchemaChanged(ILogger logger, string sql);

        [LoggerMessage(2, LogLevel.Error, "Marten failed executing\n{Sql}")]
        public static partial void CommandFailed(ILogger logger, Exception exception, string sql);

        [LoggerMessage(3, LogLevel.Debug, "Marten command cancelled or lost a race (the engine retries or answers it)\n{Sql}")]
        public static partial void ExpectedFailure(ILogger logger, Exception exception, string sql);
    }
}
