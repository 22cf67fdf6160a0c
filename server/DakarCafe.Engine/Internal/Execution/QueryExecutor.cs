using System.Data;
using DakarCafe.Engine.Functions;
using DakarCafe.Engine.Internal.Errors;
using DakarCafe.Engine.Internal.Reactivity;
using DakarCafe.Engine.Internal.Storage;
using DakarCafe.Protocol;
using Marten;
using Marten.Services;
using Npgsql;

namespace DakarCafe.Engine.Internal.Execution;

/// <summary>Runs one-shot query calls in a snapshot of their own and answers with the value and the snapshot's version.</summary>
internal sealed class QueryExecutor(IDocumentStore store, NpgsqlDataSource dataSource, FunctionRegistry registry, QueryRunner runner, ErrorReporter errors,
    ConnectionFailures connections)
{
    public async Task<FunctionResult> RunAsync(FunctionCall call, CallerIdentity caller, CancellationToken ct)
    {
        try
        {
            var (function, args) = CallPreparation.Prepare(registry, FunctionKind.Query, call.Function, call.Args, caller);
            // A connection a database restart broke fails the snapshot's first statement: run once more on a fresh one.
            return await connections.RetryOnceAsync(async token =>
            {
                await using var connection = await dataSource.OpenConnectionAsync(token);
                await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, token);
                var version = await CommitLogReader.LatestVersionAsync(connection, transaction, token);
                await using var session = store.QuerySession(SessionOptions.ForTransaction(transaction));
                var outcome = (await runner.RunAsync(function, args, caller, session, token)).Outcome;
                return new FunctionResult(call.RequestId, outcome.Value, outcome.Error is null ? version : 0, outcome.Error);
            }, ct);
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            return new FunctionResult(call.RequestId, null, 0, errors.ToErrorInfo(e, call.Function ?? "?"));
        }
    }
}
