using DakarCafe.Engine.Sync;

namespace DakarCafe.Engine.Reactivity;

/// <summary>One client's subscription to a node under the client's query id, and the hash of the value the client holds (or will once its queued transition is sent).</summary>
internal sealed class Subscription(ClientSession client, int queryId, QueryNode node, string? announcedHash)
{
    public ClientSession Client { get; } = client;

    public int QueryId { get; } = queryId;

    public QueryNode Node { get; set; } = node;

    /// <summary>The hash of the value the client has been sent, or announced on a reconnect; null before the first value.</summary>
    public string? HeldHash { get; set; } = announcedHash;

    /// <summary>True until the first transition that mentions this subscription.</summary>
    public bool IsNew { get; set; } = true;
}
