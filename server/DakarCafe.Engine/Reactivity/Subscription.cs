using DakarCafe.Engine.Sync;
using DakarCafe.Protocol;

namespace DakarCafe.Engine.Reactivity;

/// <summary>One client's subscription to a node under the client's query id, and the hash of the value the client holds (or will once its queued transition is sent).</summary>
internal sealed class Subscription(ClientSession client, QueryChange change, QueryNode node)
{
    public ClientSession Client { get; } = client;

    /// <summary>The add that made it, kept to subscribe again under another identity.</summary>
    public QueryChange Change { get; } = change;

    public int QueryId => Change.QueryId;

    public QueryNode Node { get; set; } = node;

    /// <summary>The hash of the value the client has been sent, or announced on a reconnect; null before the first value.</summary>
    public string? HeldHash { get; set; } = change.Hash;

    /// <summary>True until the first transition that mentions this subscription.</summary>
    public bool IsNew { get; set; } = true;
}
