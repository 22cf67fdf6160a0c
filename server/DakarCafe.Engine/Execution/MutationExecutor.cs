using System.Data;
using System.Diagnostics;
using DakarCafe.Engine.Errors;
using DakarCafe.Engine.Functions;
using DakarCafe.Engine.Limits;
using DakarCafe.Engine.Metrics;
using DakarCafe.Engine.Reactivity;
using DakarCafe.Engine.Storage;
using DakarCafe.Engine.Sync;
using DakarCafe.Protocol;
using Marten;
using Marten.Services;
using Npgsql;
using Polly;
using Polly.Retry;

namespace DakarCafe.Engine.Execution;

/// <summary>
/// Runs mutations: each attempt is one transaction through one Marten session, with the request's receipt inserted
/// in the same transaction and its reads validated against the commits made meanwhile (see
/// <see cref="ReadSetValidation"/>). A conflict is retried with jittered backoff a bounded number of times, then
/// answered with <c>CONFLICT</c>. A resent request id is answered from its receipt and
/// applies nothing. The answer carries the commit version, read back from the log by the reactor.
/// </summary>
internal sealed class MutationExecutor
{
    private const string ReceiptKey = "mutation_receipts_pkey";

    /// <summary>Marten's keys that two transactions appending to one event stream at once (its quick append) both claim.</summary>
    private static readonly string[] StreamAppendKeys = ["pk_mt_events_stream_and_version", "pkey_mt_streams_id"];
    private static readonly TimeSpan VersionWait = TimeSpan.FromSeconds(30);

    private readonly IDocumentStore _store;
    private readonly NpgsqlDataSource _dataSource;
    private readonly FunctionRegistry _registry;
    private readonly DocumentTypes _types;
    private readonly NamedSequences _sequences;
    private readonly EngineLimits _limits;
    private readonly ErrorReporter _errors;
    private readonly EngineMetrics _metrics;
    private readonly FunctionLog _log;
    private readonly CommitWaiters _waiters;
    private readonly Reactor _reactor;
    private readonly TimeProvider _time;
    private readonly ResiliencePipeline _conflictRetry;

    public MutationExecutor(IDocumentStore store, NpgsqlDataSource dataSource, FunctionRegistry registry, DocumentTypes types, NamedSequences sequences,
        EngineLimits limits, ErrorReporter errors, EngineMetrics metrics, FunctionLog log, CommitWaiters waiters, Reactor reactor, TimeProvider time)
    {
        (_store, _dataSource, _registry, _types, _sequences, _limits, _errors, _metrics, _log, _waiters, _reactor, _time) =
            (store, dataSource, registry, types, sequences, limits, errors, metrics, log, waiters, reactor, time);
        _conflictRetry = limits.MaxMutationAttempts <= 1 ? ResiliencePipeline.Empty : new ResiliencePipelineBuilder().AddRetry(new RetryStrategyOptions
        {
            ShouldHandle = new PredicateBuilder().Handle<Exception>(IsConflict),
            MaxRetryAttempts = limits.MaxMutationAttempts - 1,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = TimeSpan.FromMilliseconds(4),
            MaxDelay = TimeSpan.FromMilliseconds(250),
            OnRetry = _ =>
            {
                metrics.MutationConflicted(willRetry: true);
                return ValueTask.CompletedTask;
            },
        }).Build();
    }

    /// <summary>Runs a mutation call for a client (or, with <paramref name="client"/> null, for the server itself).</summary>
    public async Task<FunctionResult> RunAsync(FunctionCall call, CallerIdentity caller, string sessionId, ClientSession? client, CancellationToken ct)
    {
        var startedAt = Stopwatch.GetTimestamp();
        var result = await RetryingAsync(call, caller, sessionId, client, ct);
        if (_registry.TryGet(call.Function ?? "", out var function))
        {
            _log.Completed(function.Name, "mutation", startedAt, result.Error, $"{sessionId}:{call.RequestId}");
        }

        return result;
    }

    private async Task<FunctionResult> RetryingAsync(FunctionCall call, CallerIdentity caller, string sessionId, ClientSession? client, CancellationToken ct)
    {
        FunctionDefinition? function = null;
        try
        {
            (function, var args) = CallPreparation.Prepare(_registry, FunctionKind.Mutation, call.Function, call.Args, caller);
            var attempt = 0;
            return await _conflictRetry.ExecuteAsync(async token => await AttemptAsync(function, args, call.RequestId, caller, sessionId, client,
                exclusive: ++attempt > _limits.OptimisticMutationAttempts, token), ct);
        }
        catch (Exception e) when (IsConflict(e))
        {
            _metrics.MutationConflicted(willRetry: false);
            return Failed(call, new ErrorInfo(ErrorCodes.Conflict,
                $"The documents this mutation read or wrote kept changing concurrently; it was tried {_limits.MaxMutationAttempts} times."));
        }
        catch (Exception e) when (FindPostgresError(e) is { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: ReceiptKey })
        {
            return await ReplayAsync(call, sessionId, client, ct);
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            return Failed(call, _errors.ToErrorInfo(e, call.Function ?? "?", timedOut: e is OperationCanceledException));
        }
        finally
        {
            if (function is not null)
            {
                _waiters.Forget(sessionId, call.RequestId);
            }
        }
    }

    /// <summary>
    /// One attempt in one transaction. An exclusive one waits for the mutations in flight to finish and keeps new ones
    /// waiting until it commits, so only a write from outside the mutations (a job's bookkeeping, say) could conflict with it.
    /// </summary>
    private async Task<FunctionResult> AttemptAsync(FunctionDefinition function, object args, long requestId,
        CallerIdentity caller, string sessionId, ClientSession? client, bool exclusive, CancellationToken ct)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(_limits.MaxRunTime);
        await using var connection = await _dataSource.OpenConnectionAsync(deadline.Token);
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.ReadCommitted, deadline.Token);
        var startVersion = await PassGateAsync(connection, transaction, exclusive, deadline.Token);
        await using var session = _store.LightweightSession(SessionOptions.ForTransaction(transaction));
        var reads = new ReadSet();
        var context = MutationContext.Create(caller, session, _types, new ExecutionBudget(_limits), _sequences, _registry, _limits, _time, reads);

        var result = await function.Invoke(context, args, deadline.Token);
        var value = ResultSerializer.Serialize(result, function.ResultType, _limits);
        session.QueueSqlCommand($"insert into {CommitLogSchema.ReceiptsTable} (session_id, request_id, result) values (?, ?, ?)",
            sessionId, requestId, value);
        var committed = _waiters.RegisterAsync(sessionId, requestId, client);
        await session.SaveChangesAsync(deadline.Token);
        if (reads.Dependencies.Count > 0)
        {
            await ReadSetValidation.CheckAsync(connection, transaction, startVersion, reads, _types, _store.Options.Serializer(), deadline.Token);
        }

        await transaction.CommitAsync(deadline.Token);
        _metrics.MutationCommitted(function.Name);
        _reactor.Wake();
        return new FunctionResult(requestId, value, await committed.WaitAsync(VersionWait, ct));
    }

    /// <summary>Takes the mutation gate (shared, or alone when <paramref name="exclusive"/>), then reads the version the attempt starts from.</summary>
    private static async Task<long> PassGateAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, bool exclusive, CancellationToken ct)
    {
        await using var batch = new NpgsqlBatch(connection, transaction)
        {
            BatchCommands =
            {
                new($"select pg_advisory_xact_lock{(exclusive ? "" : "_shared")}({CommitLogSchema.MutationGateKey})"),
                new(CommitLogReader.LatestSql),
            },
        };
        await using var reader = await batch.ExecuteReaderAsync(ct);
        await reader.NextResultAsync(ct);
        await reader.ReadAsync(ct);
        return reader.GetInt64(0);
    }

    /// <summary>The request id was applied before (a resend after a reconnect): answer with what it answered then.</summary>
    private async Task<FunctionResult> ReplayAsync(FunctionCall call, string sessionId, ClientSession? client, CancellationToken ct)
    {
        await using var command = _dataSource.CreateCommand($"""
            select r.result, coalesce(c.version, 0) from {CommitLogSchema.ReceiptsTable} r
            left join dakarcafe.commits c on c.xid = r.xid
            where r.session_id = $1 and r.request_id = $2
            """);
        command.Parameters.Add(new() { Value = sessionId });
        command.Parameters.Add(new() { Value = call.RequestId });
        await using var reader = await command.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct))
        {
            return Failed(call, new ErrorInfo(ErrorCodes.Internal, "The earlier result of this request could not be found."));
        }

        var result = new FunctionResult(call.RequestId, (byte[])reader[0], reader.GetInt64(1));
        if (client is not null)
        {
            _reactor.EnsureTransition(client, result.Version);
        }

        return result;
    }

    private static FunctionResult Failed(FunctionCall call, ErrorInfo error) => new(call.RequestId, null, 0, error);

    /// <summary>
    /// A concurrent commit got in the way: our read-set check, PostgreSQL's serialization or deadlock errors, or two
    /// appends to one event stream racing for the same version (or to create it).
    /// </summary>
    private static bool IsConflict(Exception e) =>
        e is MutationConflictException or JasperFx.ConcurrencyException
        || FindPostgresError(e) is { SqlState: PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected }
        || FindPostgresError(e) is { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: { } key } && StreamAppendKeys.Contains(key);

    private static PostgresException? FindPostgresError(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
        {
            if (e is PostgresException postgres)
            {
                return postgres;
            }
        }

        return null;
    }
}
