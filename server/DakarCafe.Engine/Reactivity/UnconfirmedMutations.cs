using System.Collections.Concurrent;
using DakarCafe.Engine.Sync;

namespace DakarCafe.Engine.Reactivity;

/// <summary>
/// Client mutations about to commit, by receipt (<c>scope</c>, request id): when the reactor reads a receipt in the
/// log, the transition it queues for that client lists the request as confirmed, so the client drops its optimistic
/// update in the same step as it applies the commit, whichever of the answer and the transition comes first.
/// </summary>
internal sealed class UnconfirmedMutations
{
    private readonly ConcurrentDictionary<(string Scope, long Request), ClientSession> _clients = new();

    public void Register(string scope, long requestId, ClientSession client) => _clients[(scope, requestId)] = client;

    /// <summary>The mutation did not commit: nothing will confirm it.</summary>
    public void Forget(string scope, long requestId) => _clients.TryRemove((scope, requestId), out _);

    /// <summary>The client whose mutation wrote a receipt seen in the log, taken off the list.</summary>
    public ClientSession? Confirm(string scope, long requestId) => _clients.TryRemove((scope, requestId), out var client) ? client : null;
}
