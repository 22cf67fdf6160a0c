using System.Globalization;
using DakarCafe.Engine.Errors;
using DakarCafe.Engine.Limits;
using DakarCafe.Protocol;
using Npgsql;

namespace DakarCafe.Engine.Internal.Execution;

/// <summary>
/// How many mutations run at once: at most <see cref="EngineLimits.MaxConcurrentMutations"/> and at most half the
/// connection pool, so queries, jobs and the sign-in always find connections (the reactor has its own). A mutation
/// waits its turn, then for a connection, then for the mutation gate, each wait for at most
/// <see cref="EngineLimits.MaxMutationQueueWait"/>; past that it is refused with <c>OVERLOADED</c> and a
/// <c>retryAfterMs</c>, before anything is written.
/// </summary>
internal sealed class MutationSlots : IDisposable
{
    private const long RetryAfterMilliseconds = 250;

    private readonly SemaphoreSlim _slots;
    private readonly EngineLimits _limits;

    public MutationSlots(EngineLimits limits, NpgsqlDataSource dataSource)
    {
        _limits = limits;
        var pool = new NpgsqlConnectionStringBuilder(dataSource.ConnectionString).MaxPoolSize;
        Size = Math.Max(1, Math.Min(limits.MaxConcurrentMutations, pool / 2));
        _slots = new SemaphoreSlim(Size, Size);
    }

    /// <summary>How many mutations may run at once.</summary>
    public int Size { get; }

    /// <summary>Waits for a slot; dispose the result to give it back.</summary>
    public async Task<IDisposable> EnterAsync(CancellationToken ct)
    {
        if (!await _slots.WaitAsync(_limits.MaxMutationQueueWait, ct))
        {
            throw Overloaded();
        }

        return new Slot(_slots);
    }

    /// <summary>Runs a wait that precedes the mutation's own work (a connection, the gate), bounded by the queueing limit.</summary>
    public async Task<T> QueueAsync<T>(Func<CancellationToken, Task<T>> wait, CancellationToken ct)
    {
        using var queueing = CancellationTokenSource.CreateLinkedTokenSource(ct);
        queueing.CancelAfter(_limits.MaxMutationQueueWait);
        try
        {
            return await wait(queueing.Token);
        }
        catch (Exception e) when (queueing.IsCancellationRequested && !ct.IsCancellationRequested && e is OperationCanceledException or NpgsqlException)
        {
            throw Overloaded();
        }
    }

    public void Dispose() => _slots.Dispose();

    private AppError Overloaded() => new(ErrorCodes.Overloaded,
        string.Create(CultureInfo.InvariantCulture,
            $"The server has more mutations than it runs at once and this one waited {(long)_limits.MaxMutationQueueWait.TotalMilliseconds} ms; retry after {RetryAfterMilliseconds} ms. Nothing was written."),
        new { retryAfterMs = RetryAfterMilliseconds });

    private sealed class Slot(SemaphoreSlim slots) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                slots.Release();
            }
        }
    }
}
