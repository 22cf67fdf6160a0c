namespace DakarCafe.Client.Sync;

/// <summary>A pending mutation's optimistic update: applied over the server's values until the store reaches the mutation's commit.</summary>
internal sealed record OptimisticLayer(long RequestId, Action<OptimisticLocalStore> Update)
{
    /// <summary>The mutation's commit version, once it is known; the layer goes when the store reaches it.</summary>
    public long? CommitVersion { get; set; }
}
