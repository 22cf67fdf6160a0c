using DakarCafe.Protocol;

namespace DakarCafe.Engine.Internal.Sync;

/// <summary>One query a client subscribed under its query id, and the hash of the value the client holds (or will once its queued transition is sent).</summary>
internal class ClientQuery(QueryChange change)
{
    /// <summary>The add that made it, kept to subscribe again under another identity.</summary>
    public QueryChange Change { get; } = change;

    public int QueryId => Change.QueryId;

    /// <summary>The hash of the value the client has been sent, or announced on a reconnect; null before the first value.</summary>
    public string? HeldHash { get; set; } = change.Hash;

    /// <summary>True until the first transition that mentions this query.</summary>
    public bool IsNew { get; set; } = true;
}
