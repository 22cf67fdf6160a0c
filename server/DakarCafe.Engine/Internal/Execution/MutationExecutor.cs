using System.Data;
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
using DakarCafe.Protocol;
using Marten;
using Marten.Services;
using Npgsql;
using Polly;
using Polly.Retry;

namespace DakarCafe.Engine.Internal.Execution;

/// <summary>
/// Runs mutations: each attempt is one transaction through one Marten session, with the request's receipt inserted
/// in the same transaction and its reads validated against the commits made meanwhile (see
/// <see cref="ReadSetValidation"/>). A conflict is retried with jittered backoff a bounded number of times, then
/// answered with <c>CONFLICT</c>. A resent request id is answered from its receipt and applies nothing; receipts are
/// kept per caller, so a session id never answers one user with another's result.
/// A mutation is answered as soon as its commit is on disk (a flush shared with the commits made meanwhile, see
/// <see cref="DurabilityBarrier"/>), with its commit version: the client waits for a transition at or past it, and the
/// reactor is woken to read it. Nothing after the commit can turn it into a failure. Who waits for the answer is not
/// its concern: the sync hub's <c>ClientMutations</c> tells that client's transitions about it.
/// Mutations run at most <see cref="MutationSlots"/> at a time, so they can never take every pooled connection.
/// </summary>
internal sealed class MutationExecutor
{
    private const string ReceiptsPrimaryKey = "mutation_receipts_pkey";

    private readonly IDocumentStore _store;
    private readonly NpgsqlDataSource _dataSource;
    private readonly FunctionRegistry _registry;
    private readonly DocumentTypes _types;
    private readonly NamedSequences _sequences;
    private readonly EngineLimits _limits;
    private readonly ErrorReporter _errors;
    private readonly EngineMetrics _metrics;
    private readonly FunctionLog _log;
    private readonly MutationSlots _slots;
    private readonly DurabilityBarrier _durability;
    private readonly Reactor _reactor;
    private readonly TimeProvider _time;
    private readonly ConnectionFailures _connections;
    private readonly ResiliencePipeline _conflictRetry;

    public MutationExecutor(IDocumentStore store, NpgsqlDataSource dataSource, FunctionRegistry registry, DocumentTypes types, NamedSequences sequences,
        EngineLimits limits, ErrorReporter errors, EngineMetrics metrics, FunctionLog log, MutationSlots slots, DurabilityBarrier durability, Reactor reactor,
        TimeProvider time, ConnectionFailures connections)
    {
        (_store, _dataSource, _registry, _types, _sequences, _limits, _errors, _metrics, _log, _slots, _durability, _reactor, _time, _connections) =
            (store, dataSource, registry, types, sequences, limits, errors, metrics, log, slots, durability, reactor, time, connections);
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

    /// <summary>Runs a mutation call as <paramref name="caller"/>; <paramref name="sessionId"/> and the call's request id key its receipt.</summary>
    public async Task<FunctionResult> RunAsync(FunctionCall call, CallerIdentity caller, string sessionId, CancellationToken ct)
    {
        var startedAt = Stopwatch.GetTimestamp();
        var result = await RetryingAsync(call, caller, sessionId, ct);
        if (_registry.TryGet(call.Function ?? "", out var function))
        {
            _log.Completed(function.Name, "mutation", startedAt, result.Error, $"{sessionId}:{call.RequestId}", caller.UserId);
        }

        return result;
    }

    private async Task<FunctionResult> RetryingAsync(FunctionCall call, CallerIdentity caller, string sessionId, CancellationToken ct)
    {
        var receipt = new ReceiptKey(caller, sessionId, call.RequestId);
        try
        {
            var (function, args) = CallPreparation.Prepare(_registry, FunctionKind.Mutation, call.Function, call.Args, caller);
            using var slot = await _slots.EnterAsync(ct);
            var attempt = 0;

            // A connection that a database restart broke fails the attempt's first statement: the pools are cleared and
            // the attempt runs once more on a fresh one. If it was the commit that failed, the second attempt meets the
            // first one's receipt when that committed, and the receipt answers.
            var result = await _conflictRetry.ExecuteAsync(async token => await _connections.RetryOnceAsync(retryToken => AttemptAsync(function, args,
                receipt, caller, exclusive: ++attempt > _limits.OptimisticMutationAttempts, retryToken), token), ct);
            _reactor.Wake();
            return result;
        }
        catch (Exception e) when (IsConflict(e))
        {
            _metrics.MutationConflicted(willRetry: false);
            return Failed(call, new ErrorInfo(ErrorCodes.Conflict,
                $"The documents this mutation read or wrote kept changing concurrently; it was tried {_limits.MaxMutationAttempts} times."));
        }
        catch (Exception e) when (e is CommitOutcomeUnknownException || PostgresErrors.Find(e) is { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: ReceiptsPrimaryKey })
        {
            // A resend of a request already applied, or a commit whose answer was lost: the receipt says what it did.
            try
            {
                return await ReplayAsync(call, receipt, e, ct);
            }
            catch (Exception unreadable) when (!ct.IsCancellationRequested && _connections.Observe(unreadable))
            {
                // The database went away before the receipt could be read: the client resends under the same request id.
                return Failed(call, ConnectionFailures.Unavailable());
            }
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            return Failed(call, _errors.ToErrorInfo(e, call.Function ?? "?"));
        }
    }

    /// <summary>
    /// One attempt in one transaction. An exclusive one waits for the mutations in flight to finish and keeps new ones
    /// waiting until it commits, so only a write from outside the mutations (a job's bookkeeping, say) could conflict
    /// with it. Waiting for a connection and the gate counts against the queueing limit; from the function's start to
    /// the commit, its own time counts against the run-time limit and its database calls against the database-time one.
    /// </summary>
    private async Task<FunctionResult> AttemptAsync(FunctionDefinition function, object args, ReceiptKey receipt,
        CallerIdentity caller, bool exclusive, CancellationToken ct)
    {
        await using var connection = await _slots.QueueAsync(token => _dataSource.OpenConnectionAsync(token).AsTask(), ct);
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.ReadCommitted, ct);
        var startVersion = await _slots.QueueAsync(token => PassGateAsync(connection, transaction, exclusive, token), ct);
        using var budget = new ExecutionBudget(_limits, ct);
        await using var session = _store.LightweightSession(SessionOptions.ForTransaction(transaction));
        var reads = new ReadSet();
        var context = MutationContext.Create(caller, session, _types, budget, _sequences, _registry, _limits, _time, reads);
        byte[] value;
        long version;
        try
        {
            var result = await function.Invoke(context, args, budget.Token);
            value = ResultSerializer.Serialize(result, function.ResultType, _limits);
            session.QueueSqlCommand($"insert into {CommitLogSchema.ReceiptsTable} (session_id, request_id, result) values (?, ?, ?)",
                receipt.Scope, receipt.RequestId, value);
            await budget.InDatabaseAsync(session.SaveChangesAsync, CancellationToken.None);
            version = await budget.InDatabaseAsync(token => ReadSetValidation.ValidateAndStampAsync(connection, transaction, startVersion, reads, _types,
                _store.Options.Serializer(), token), CancellationToken.None);
        }
        catch (Exception) when (budget.TimeExceeded is { } exceeded)
        {
            throw exceeded;
        }

        try
        {
            // Never cancelled: once COMMIT is sent, only the database knows whether it happened. It returns before the
            // commit is on disk (see DurabilityBarrier); the answer waits for that.
            await transaction.CommitAsync(CancellationToken.None);
            await _durability.WaitAsync(CancellationToken.None);
        }
        catch (Exception e) when (e is NpgsqlException or IOException or InvalidOperationException or TimeoutException)
        {
            throw new CommitOutcomeUnknownException(e);
        }

        _metrics.MutationCommitted(function.Name);
        return new FunctionResult(receipt.RequestId, value, version);
    }

    /// <summary>
    /// Makes the transaction's COMMIT return before its fsync (the answer waits for a shared flush instead), takes the
    /// mutation gate (shared, or alone when <paramref name="exclusive"/>), then reads the version the attempt starts from.
    /// </summary>
    private static async Task<long> PassGateAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, bool exclusive, CancellationToken ct)
    {
        await using var batch = new NpgsqlBatch(connection, transaction)
        {
            BatchCommands =
            {
                new("set local synchronous_commit = off"),
                new($"select pg_advisory_xact_lock{(exclusive ? "" : "_shared")}({CommitLogSchema.MutationGateKey})"),
                new(CommitLogReader.LatestSql),
            },
        };
        await using var reader = await batch.ExecuteReaderAsync(ct);
        // The reader skips statements that return no rows (the SET): its first result is the lock's.
        await reader.NextResultAsync(ct);
        await reader.ReadAsync(ct);
        return reader.GetInt64(0);
    }

    /// <summary>A receipt's stored result and the version of the commit that wrote it (0 while that is not visible).</summary>
    private static readonly string ReceiptSql = $"""
        select r.result, coalesce(c.version, 0) from {CommitLogSchema.ReceiptsTable} r
        left join dakarcafe.commits c on c.xid = r.xid
        where r.session_id = $1 and r.request_id = $2
        """;

    /// <summary>
    /// The request id was applied before (a resend after a reconnect), or its commit's answer was lost: answer with what
    /// it answered then. With no receipt, the mutation did not happen and the <paramref name="failure"/> stands.
    /// </summary>
    private async Task<FunctionResult> ReplayAsync(FunctionCall call, ReceiptKey receipt, Exception failure, CancellationToken ct)
    {
        await using var command = _dataSource.CreateCommand(ReceiptSql);
        command.Parameters.Add(new() { Value = receipt.Scope });
        command.Parameters.Add(new() { Value = call.RequestId });
        await using var reader = await command.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct))
        {
            return Failed(call, _errors.ToErrorInfo(failure, call.Function ?? "?"));
        }

        return new FunctionResult(call.RequestId, (byte[])reader[0], reader.GetInt64(1));
    }

    private static FunctionResult Failed(FunctionCall call, ErrorInfo error) => new(call.RequestId, null, 0, error);

    /// <summary>
    /// A concurrent commit got in the way: our read-set check, PostgreSQL's serialization or deadlock errors, or a
    /// unique index (a slug, an e-mail, an event stream's version) that a concurrent commit claimed first. The retry
    /// then reads that commit, so the function answers its own error (a slug taken) if the clash stands.
    /// </summary>
    private static bool IsConflict(Exception e) =>
        e is MutationConflictException or JasperFx.ConcurrencyException || PostgresErrors.IsConcurrencyClash(e, exceptConstraint: ReceiptsPrimaryKey);
}
