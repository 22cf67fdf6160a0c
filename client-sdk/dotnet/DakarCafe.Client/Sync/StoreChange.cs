namespace DakarCafe.Client.Sync;

/// <summary>What a change of the local store released: the queries whose shown value changed, and the version a transition reached.</summary>
internal sealed record StoreChange(IReadOnlyList<QueryState> Changed, long? ReachedVersion)
{
    public static StoreChange None { get; } = new([], null);
}
