using System.Diagnostics;
using DakarCafe.Engine.Errors;
using DakarCafe.Engine.Limits;

namespace DakarCafe.Engine.Internal.Limits;

/// <summary>
/// What one function run has used of its limits; it throws as soon as a document limit is passed. Its
/// <see cref="Token"/> (linked to the caller's) is cancelled when the run is out of time, and time is counted as
/// Convex counts it: only the function's own time counts against <see cref="EngineLimits.MaxRunTime"/>; its waits on
/// the database (reads, row locks, its writes at commit) count against <see cref="EngineLimits.MaxDatabaseTime"/>.
/// Waiting to start is neither: it has its own bound (<see cref="EngineLimits.MaxMutationQueueWait"/>).
/// </summary>
internal sealed class ExecutionBudget : IDisposable
{
    private readonly EngineLimits _limits;
    private readonly CancellationToken _caller;
    private readonly CancellationTokenSource _deadline;
    private readonly Lock _lock = new();
    private long _phaseStarted = Stopwatch.GetTimestamp();
    private TimeSpan _ownTime;
    private TimeSpan _databaseTime;
    private int _inDatabase;
    private bool _ranOutInDatabase;

    public ExecutionBudget(EngineLimits limits, CancellationToken caller)
    {
        _limits = limits;
        _caller = caller;
        _deadline = CancellationTokenSource.CreateLinkedTokenSource(caller);
        _deadline.Token.Register(() => _ranOutInDatabase = Volatile.Read(ref _inDatabase) > 0);
        _deadline.CancelAfter(limits.MaxRunTime);
    }

    public int DocumentsRead { get; private set; }

    public int DocumentsWritten { get; private set; }

    /// <summary>The run's token: cancelled when the caller goes away or the run is out of time.</summary>
    public CancellationToken Token => _deadline.Token;

    /// <summary>The time limit the run went past (as the error to answer), or null while it has time or when its caller went away.</summary>
    public AppError? TimeExceeded => !_deadline.IsCancellationRequested || _caller.IsCancellationRequested
        ? null
        : _ranOutInDatabase
            ? AppError.LimitExceeded("databaseTime", (long)_limits.MaxDatabaseTime.TotalMilliseconds)
            : AppError.LimitExceeded("runTime", (long)_limits.MaxRunTime.TotalMilliseconds);

    public void Read(int documents)
    {
        DocumentsRead += documents;
        if (DocumentsRead > _limits.MaxDocumentsRead)
        {
            throw AppError.LimitExceeded("documentsRead", _limits.MaxDocumentsRead);
        }
    }

    public void Wrote(int documents)
    {
        DocumentsWritten += documents;
        if (DocumentsWritten > _limits.MaxDocumentsWritten)
        {
            throw AppError.LimitExceeded("documentsWritten", _limits.MaxDocumentsWritten);
        }
    }

    /// <summary>
    /// Runs a database call: the run's own clock stops meanwhile and its database clock runs. The call gets the run's
    /// token, linked to <paramref name="ct"/> when the function passed one of its own.
    /// </summary>
    public async Task<T> InDatabaseAsync<T>(Func<CancellationToken, Task<T>> call, CancellationToken ct)
    {
        using var linked = ct.CanBeCanceled && ct != Token ? CancellationTokenSource.CreateLinkedTokenSource(Token, ct) : null;
        EnterDatabase();
        try
        {
            return await call(linked?.Token ?? Token);
        }
        finally
        {
            LeaveDatabase();
        }
    }

    /// <inheritdoc cref="InDatabaseAsync{T}(Func{CancellationToken, Task{T}}, CancellationToken)"/>
    public Task InDatabaseAsync(Func<CancellationToken, Task> call, CancellationToken ct) => InDatabaseAsync(async token =>
    {
        await call(token);
        return true;
    }, ct);

    public void Dispose() => _deadline.Dispose();

    private void EnterDatabase()
    {
        lock (_lock)
        {
            if (_inDatabase++ == 0)
            {
                _ownTime += Lap();
                Arm(_limits.MaxDatabaseTime - _databaseTime);
            }
        }
    }

    private void LeaveDatabase()
    {
        lock (_lock)
        {
            if (--_inDatabase == 0)
            {
                _databaseTime += Lap();
                Arm(_limits.MaxRunTime - _ownTime);
            }
        }
    }

    private TimeSpan Lap()
    {
        var now = Stopwatch.GetTimestamp();
        var lap = Stopwatch.GetElapsedTime(_phaseStarted, now);
        _phaseStarted = now;
        return lap;
    }

    /// <summary>Sets the deadline to the time left in the phase starting now (once it has passed, it stays passed).</summary>
    private void Arm(TimeSpan left)
    {
        if (!_deadline.IsCancellationRequested)
        {
            _deadline.CancelAfter(left > TimeSpan.Zero ? left : TimeSpan.FromTicks(1));
        }
    }
}
