using DakarCafe.Engine.Internal.Reactivity;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace DakarCafe.Engine.Internal.Storage;

/// <summary>
/// Group commit for the engine's writes. Mutations commit with <c>synchronous_commit = off</c>, so COMMIT returns
/// (and the commit lock is released) as soon as the commit record is in PostgreSQL's WAL buffers, not after its
/// fsync; nobody is told of such a commit before <see cref="WaitAsync"/> completes. A flush is one tiny synchronous
/// commit: PostgreSQL writes WAL in order, so its fsync makes durable every commit whose record came before its own.
/// Callers that arrive while a flush runs share the next one, so under load one fsync covers many commits.
/// Runs on the reactor's pool, which no load of mutations can drain.
/// </summary>
internal sealed class DurabilityBarrier([FromKeyedServices(ReactorConnections.Key)] NpgsqlDataSource dataSource)
{
    private static readonly string FlushSql = $"update {CommitLogSchema.FlushesTable} set count = count + 1";

    private readonly Lock _lock = new();
    private TaskCompletionSource? _next;
    private bool _flushing;

    /// <summary>Completes once every commit that returned before this call is on disk; throws if the database could not say so.</summary>
    public Task WaitAsync(CancellationToken ct)
    {
        TaskCompletionSource next;
        lock (_lock)
        {
            next = _next ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            if (!_flushing)
            {
                _flushing = true;
                _ = Task.Run(FlushWhilePendingAsync, CancellationToken.None);
            }
        }

        return next.Task.WaitAsync(ct);
    }

    /// <summary>Flushes for the callers who asked before each flush started, until none is waiting.</summary>
    private async Task FlushWhilePendingAsync()
    {
        while (true)
        {
            TaskCompletionSource? waiting;
            lock (_lock)
            {
                (waiting, _next) = (_next, null);
                if (waiting is null)
                {
                    _flushing = false;
                    return;
                }
            }

            try
            {
                await using var flush = dataSource.CreateCommand(FlushSql);
                await flush.ExecuteNonQueryAsync(CancellationToken.None);
                waiting.SetResult();
            }
            catch (Exception e)
            {
                waiting.SetException(e);
            }
        }
    }
}
