using System.Collections.Concurrent;
using DakarCafe.Engine.Sync;

namespace DakarCafe.Engine.Reactivity;

/// <summary>
/// Mutations waiting to learn their commit version. The version is stamped by the database at commit; the reactor
/// reads it from the log (where the mutation's receipt appears as a write) and completes the waiter after the
/// cycle has run the queries that commit invalidated and queued every transition at that version.
/// </summary>
internal sealed class CommitWaiters
{
    private readonly ConcurrentDictionary<(string Session, long Request), Waiter> _waiters = new();

    public Task<long> RegisterAsync(string sessionId, long requestId, ClientSession? client)
    {
        var waiter = new Waiter(client);
        _waiters[(sessionId, requestId)] = waiter;
        return waiter.Version.Task;
    }

    public void Forget(string sessionId, long requestId) => _waiters.TryRemove((sessionId, requestId), out _);

    /// <summary>The client waiting for a receipt seen in the log: it needs a transition at that version.</summary>
    public ClientSession? ClientOf(string sessionId, long requestId) =>
        _waiters.TryGetValue((sessionId, requestId), out var waiter) ? waiter.Client : null;

    /// <summary>Completes the waiter of a receipt, once the transitions of its version are queued.</summary>
    public void Complete(string sessionId, long requestId, long version)
    {
        if (_waiters.TryRemove((sessionId, requestId), out var waiter))
        {
            waiter.Version.TrySetResult(version);
        }
    }

    private sealed record Waiter(ClientSession? Client)
    {
        public TaskCompletionSource<long> Version { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
