using System.Collections.Concurrent;
using DakarCafe.Engine.Internal.Execution;

namespace DakarCafe.Engine.Internal.Sync;

/// <summary>
/// Client mutations not yet confirmed to their client, by receipt: the first reactor cycle that reads the receipt in
/// the log (or, for a mutation answered from an earlier commit, that reaches its version) takes the client off the
/// list and lists the request as confirmed in that client's next transition.
/// </summary>
internal sealed class UnconfirmedMutations
{
    private readonly ConcurrentDictionary<ReceiptKey, ClientSession> _clients = new();

    public void Register(ReceiptKey receipt, ClientSession client) => _clients[receipt] = client;

    /// <summary>The mutation did not commit: nothing will confirm it.</summary>
    public void Forget(ReceiptKey receipt) => _clients.TryRemove(receipt, out _);

    /// <summary>The client to confirm the mutation to, taken off the list; null when none is waiting (any more).</summary>
    public ClientSession? Confirm(ReceiptKey receipt) => _clients.TryRemove(receipt, out var client) ? client : null;
}
