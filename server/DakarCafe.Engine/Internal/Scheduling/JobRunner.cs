using System.Data;
using DakarCafe.Engine.Functions;
using DakarCafe.Engine.Internal.Execution;
using DakarCafe.Engine.Internal.Functions;
using DakarCafe.Engine.Limits;
using DakarCafe.Engine.Scheduling;
using DakarCafe.Protocol;
using Marten;
using Marten.Services;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace DakarCafe.Engine.Internal.Scheduling;

/// <summary>
/// Runs due jobs on this node. Each tick it turns due cron occurrences into jobs, then claims due jobs with
/// <c>FOR UPDATE SKIP LOCKED</c> (so two nodes never take the same one) under a lease, runs them, and records the
/// outcome: done, or another attempt later with backoff, or failed after the last attempt. A mutation job runs under
/// a request id of its own, so if its node dies after the commit and another node runs it again, the second run is
/// answered from the first's receipt: its effects happen exactly once. Actions cannot promise that; they are
/// retried on failure and must be idempotent.
/// </summary>
internal sealed partial class JobRunner(
    IDocumentStore store, NpgsqlDataSource dataSource, FunctionRegistry registry, MutationExecutor mutations, FunctionCaller caller,
    DocumentTypes types, EngineLimits limits, CronTable crons, EngineNode node, TimeProvider time, ILogger<JobRunner> logger)
{
    private static readonly CallerIdentity Server = CallerIdentity.Anonymous with { IsServerCall = true };
    private static readonly TimeSpan MaxRetryDelay = TimeSpan.FromHours(1);

    /// <summary>This node, as job claims name it.</summary>
    public string Node => node.Name;

    public async Task RunAsync(CancellationToken stoppingToken)
    {
        if (limits.SchedulerInterval == Timeout.InfiniteTimeSpan)
        {
            return;
        }

        using var timer = new PeriodicTimer(limits.SchedulerInterval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await RunDueAsync(stoppingToken);
            }
            catch (Exception e) when (e is NpgsqlException or TimeoutException && !stoppingToken.IsCancellationRequested)
            {
                Log.TickFailed(logger, e);
            }
        }
    }

    /// <summary>Starts due cron occurrences and runs the due jobs this node claims; returns how many jobs it ran.</summary>
    public async Task<int> RunDueAsync(CancellationToken ct)
    {
        await crons.StartDueAsync(time.GetUtcNow(), ct);
        var claimed = await ClaimAsync(ct);
        await Task.WhenAll(claimed.Select(job => RunJobAsync(job, ct)));
        return claimed.Count;
    }

    private async Task<IReadOnlyList<ScheduledJob>> ClaimAsync(CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.ReadCommitted, ct);
        await using var session = store.LightweightSession(SessionOptions.ForTransaction(transaction));
        var now = time.GetUtcNow();
        var ids = new List<Guid>();
        await using (var select = new NpgsqlCommand(
            $"""
            select id from {types.TableOf(typeof(ScheduledJob))}
            where (state = $1 and run_at <= $2) or (state = $3 and claimed_until <= $2)
            order by run_at limit {limits.SchedulerBatch} for update skip locked
            """, connection, transaction))
        {
            select.Parameters.Add(new() { Value = (int)JobState.Pending });
            select.Parameters.Add(new() { Value = now });
            select.Parameters.Add(new() { Value = (int)JobState.Running });
            await using var reader = await select.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                ids.Add(reader.GetGuid(0));
            }
        }

        var due = ids.Count == 0 ? [] : await session.LoadManyAsync<ScheduledJob>(ct, ids);
        var claimed = due.Select(job => job with { State = JobState.Running, Attempts = job.Attempts + 1, ClaimedBy = Node, ClaimedUntil = now + limits.JobLease })
            .ToList();
        if (claimed.Count > 0)
        {
            session.Store(claimed.ToArray());
            await session.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }

        return claimed;
    }

    private async Task RunJobAsync(ScheduledJob job, CancellationToken ct)
    {
        var call = new FunctionCall(1, job.Function, job.Args);
        FunctionResult result;
        try
        {
            result = registry.TryGet(job.Function, out var function) && function.Kind == FunctionKind.Action
                ? await caller.RunActionAsync(call, Server, ct)
                : await mutations.RunAsync(call, Server, $"job:{job.Id:N}", ct);
        }
        catch (Exception e) when (!ct.IsCancellationRequested && e is not OutOfMemoryException)
        {
            result = new FunctionResult(1, null, 0, new ErrorInfo(ErrorCodes.Internal, e.Message));
        }

        await RecordAsync(job, result.Error, ct);
    }

    /// <summary>Records an attempt's outcome, unless the claim lapsed meanwhile and another node owns the job now.</summary>
    private async Task RecordAsync(ScheduledJob claimed, ErrorInfo? error, CancellationToken ct)
    {
        await using var session = store.LightweightSession();
        var job = await session.LoadAsync<ScheduledJob>(claimed.Id, ct);
        if (job is not { State: JobState.Running } || job.ClaimedBy != Node || job.Attempts != claimed.Attempts)
        {
            return;
        }

        var now = time.GetUtcNow();
        var recorded = error switch
        {
            null => job with { State = JobState.Succeeded, LastError = null, FinishedAt = now },
            _ when job.Attempts >= job.MaxAttempts => job with { State = JobState.Failed, LastError = Describe(error), FinishedAt = now },
            _ => job with { State = JobState.Pending, LastError = Describe(error), RunAt = now + RetryDelay(job.Attempts) },
        };
        session.Store(recorded with { ClaimedBy = null, ClaimedUntil = null });
        await session.SaveChangesAsync(ct);
        if (error is not null)
        {
            Log.JobFailed(logger, job.Function, job.Id, job.Attempts, job.MaxAttempts, error.Code, error.Message);
        }
    }

    private TimeSpan RetryDelay(int attempts)
    {
        var delay = limits.JobRetryDelay * Math.Pow(2, Math.Min(attempts - 1, 20));
        return delay < MaxRetryDelay ? delay : MaxRetryDelay;
    }

    private static string Describe(ErrorInfo error) => $"{error.Code}: {error.Message}";

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Warning, "Job {Function} {JobId} failed on attempt {Attempt} of {MaxAttempts}: {Code} {Message}")]
        public static partial void JobFailed(ILogger logger, string function, Guid jobId, int attempt, int maxAttempts, string code, string message);

        [LoggerMessage(2, LogLevel.Warning, "Looking for due jobs failed; trying again at the next tick")]
        public static partial void TickFailed(ILogger logger, Exception exception);
    }
}
