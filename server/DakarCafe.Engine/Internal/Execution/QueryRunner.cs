using System.Diagnostics;
using DakarCafe.Engine.Functions;
using DakarCafe.Engine.Internal.Errors;
using DakarCafe.Engine.Internal.Functions;
using DakarCafe.Engine.Internal.Limits;
using DakarCafe.Engine.Internal.Metrics;
using DakarCafe.Engine.Internal.Reactivity;
using DakarCafe.Engine.Internal.Storage;
using DakarCafe.Engine.Limits;
using DakarCafe.Engine.Metrics;
using Marten;

namespace DakarCafe.Engine.Internal.Execution;

/// <summary>Runs a query function once in a given session (and so a given snapshot), recording what it read.</summary>
internal sealed class QueryRunner(DocumentTypes types, EngineLimits limits, ErrorReporter errors, EngineMetrics metrics, FunctionLog log)
{
    /// <summary>
    /// Runs the query. Its failures become the outcome (a query that fails is still live and re-runs when what it
    /// read changes); an <see cref="IdentityObservedException"/> and the caller's cancellation propagate.
    /// </summary>
    public async Task<QueryRun> RunAsync(
        FunctionDefinition function, object args, CallerIdentity? identity, IQuerySession session, CancellationToken ct)
    {
        var reads = new ReadSet();
        using var budget = new ExecutionBudget(limits, ct);
        var context = QueryContext.Create(identity, new DocumentReader(session, types, budget, reads));
        metrics.QueryExecuted(function.Name);
        var startedAt = Stopwatch.GetTimestamp();
        try
        {
            var result = await function.Invoke(context, args, budget.Token);
            var run = new QueryRun(QueryOutcome.Success(ResultSerializer.Serialize(result, function.ResultType, limits)), reads, BrokeTransaction: false);
            log.Completed(function.Name, "query", startedAt, error: null, correlationId: null, identity?.UserId);
            return run;
        }
        catch (Exception e) when (e is not IdentityObservedException && !ct.IsCancellationRequested)
        {
            var error = budget.TimeExceeded?.ToErrorInfo() ?? errors.ToErrorInfo(e, function.Name);
            log.Completed(function.Name, "query", startedAt, error, correlationId: null, identity?.UserId);
            var failure = QueryOutcome.Failure(error);
            return new QueryRun(failure, reads, BrokeTransaction: budget.Token.IsCancellationRequested || PostgresErrors.Find<Npgsql.NpgsqlException>(e) is not null);
        }
    }
}
