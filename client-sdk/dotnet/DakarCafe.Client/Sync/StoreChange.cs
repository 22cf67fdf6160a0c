namespace DakarCafe.Client.Sync;

/// <summary>What a change of the local store released: the queries whose shown value changed, then the waiters of the versions reached.</summary>
internal sealed record StoreChange(IReadOnlyList<QueryState> Changed, IReadOnlyList<TaskCompletionSource> Reached, long? ReachedVersion)
{
    public static StoreChange None { get; } = new([], [], null);
}
