using System.Collections.Concurrent;
using DakarCafe.Engine.Dashboard;
using DakarCafe.Engine.Functions;

namespace DakarCafe.Engine.Internal.Dashboard;

/// <summary>
/// The calls this node ran since the log was last written, waiting for <see cref="CallLogWriter"/>: at most
/// <see cref="DashboardOptions.MaxLogEntries"/>, so a node that cannot write loses the oldest, never its memory. The
/// engine's own functions are left out (the log's writes would otherwise log themselves).
/// </summary>
internal sealed class CallRecorder(DashboardOptions options, EngineNode node, TimeProvider time)
{
    private readonly ConcurrentQueue<FunctionCallRecord> _pending = new();
    private int _count;
    private long _sequence;

    public void Ran(string function, string kind, string? callerId, double durationMs, string outcome, string correlationId)
    {
        if (FunctionRegistry.IsSystem(function))
        {
            return;
        }

        var now = time.GetUtcNow();
        _pending.Enqueue(new FunctionCallRecord(Guid.CreateVersion7(now), now, function, kind, callerId, Math.Round(durationMs, 2), outcome, correlationId, node.Name,
            Interlocked.Increment(ref _sequence)));
        if (Interlocked.Increment(ref _count) > options.MaxLogEntries && _pending.TryDequeue(out _))
        {
            Interlocked.Decrement(ref _count);
        }
    }

    /// <summary>Takes up to <paramref name="max"/> of the waiting calls, oldest first.</summary>
    public IReadOnlyList<FunctionCallRecord> Take(int max)
    {
        var taken = new List<FunctionCallRecord>();
        while (taken.Count < max && _pending.TryDequeue(out var call))
        {
            Interlocked.Decrement(ref _count);
            taken.Add(call);
        }

        return taken;
    }
}
