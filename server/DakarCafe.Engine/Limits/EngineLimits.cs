namespace DakarCafe.Engine.Limits;

/// <summary>
/// The engine's limits, as every serious engine has them; exceeding one answers <c>LIMIT_EXCEEDED</c> naming it.
/// Bound from the <c>Engine:Limits</c> configuration section.
/// </summary>
public sealed class EngineLimits
{
    /// <summary>Documents one function run may read.</summary>
    public int MaxDocumentsRead { get; set; } = 32_000;

    /// <summary>Documents one mutation may write.</summary>
    public int MaxDocumentsWritten { get; set; } = 16_000;

    /// <summary>UTF-8 bytes of a function's result.</summary>
    public int MaxResultBytes { get; set; } = 8 * 1024 * 1024;

    /// <summary>
    /// The function's own run time in one query run or mutation attempt: its code, not its waits on the database (see
    /// <see cref="MaxDatabaseTime"/>) nor its wait to start (see <see cref="MaxMutationQueueWait"/>).
    /// </summary>
    public TimeSpan MaxRunTime { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Time one query run or mutation attempt may spend waiting on the database: its reads, the row locks its writes
    /// wait for under contention, and the writes themselves at commit.
    /// </summary>
    public TimeSpan MaxDatabaseTime { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Mutations one server runs at once (at most half its connection pool); more wait their turn, up to
    /// <see cref="MaxMutationQueueWait"/>.
    /// </summary>
    public int MaxConcurrentMutations { get; set; } = 32;

    /// <summary>How long a mutation may wait to start (its turn, a connection, the mutation gate) before it is refused with <c>OVERLOADED</c>.</summary>
    public TimeSpan MaxMutationQueueWait { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Run time of one action.</summary>
    public TimeSpan MaxActionRunTime { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// How long a client may take no data at all before it is disconnected (it reconnects and resubscribes); until then
    /// its transitions are merged, not queued. SignalR's own default is 10 s, short for a phone on a poor network.
    /// </summary>
    public TimeSpan StalledClientTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// How often the server pings a connection that has nothing else to send. A client that hears nothing for its
    /// server timeout (the SDKs' <c>ServerTimeout</c>, 30 s, at least twice this) takes the connection as lost and
    /// reconnects: this bounds how long a silently dead network (no FIN, no RST) goes unnoticed.
    /// </summary>
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// How often the tokens of live connections are checked for revocation: a connection whose token was revoked
    /// (sign-out, a new password, a changed role) loses its identity within this bound.
    /// </summary>
    public TimeSpan IdentityRecheckInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Live subscriptions on one connection.</summary>
    public int MaxSubscriptionsPerConnection { get; set; } = 1_000;

    /// <summary>Mutations waiting to run on one connection.</summary>
    public int MaxPendingMutationsPerConnection { get; set; } = 1_000;

    /// <summary>Size of one incoming message, in bytes.</summary>
    public long MaxMessageBytes { get; set; } = 1024 * 1024;

    /// <summary>Mutations (and actions) one caller may start per second, sustained; a signed-in user is one caller on all devices, an anonymous one is its IP address.</summary>
    public int MutationsPerSecond { get; set; } = 50;

    /// <summary>Mutations one caller may start at once before the per-second rate applies.</summary>
    public int MutationBurst { get; set; } = 200;

    /// <summary>Subscriptions one caller may add per second, sustained.</summary>
    public int SubscriptionsPerSecond { get; set; } = 100;

    /// <summary>Subscriptions one caller may add at once before the per-second rate applies.</summary>
    public int SubscriptionBurst { get; set; } = 1_000;

    /// <summary>One-shot queries (not subscriptions) one caller may run per second, sustained.</summary>
    public int QueriesPerSecond { get; set; } = 200;

    /// <summary>One-shot queries one caller may run at once before the per-second rate applies.</summary>
    public int QueryBurst { get; set; } = 2_000;

    /// <summary>How long commits stay in the log: longer than any node may fall behind (a node behind the pruned part re-runs everything).</summary>
    public TimeSpan CommitLogRetention { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How long a mutation's receipt answers a resend of its request id.</summary>
    public TimeSpan ReceiptRetention { get; set; } = TimeSpan.FromDays(1);

    /// <summary>
    /// How often each node looks for due jobs and crons. <see cref="Timeout.InfiniteTimeSpan"/>: never by itself (a
    /// test app on a fake clock runs them when the test moves time, so a test knows what ran).
    /// </summary>
    public TimeSpan SchedulerInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Due jobs one node claims at a time.</summary>
    public int SchedulerBatch { get; set; } = 20;

    /// <summary>How long a node's claim on a running job lasts; a job whose node died is run by another after it.</summary>
    public TimeSpan JobLease { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Attempts a job gets before it is marked failed.</summary>
    public int MaxJobAttempts { get; set; } = 5;

    /// <summary>The delay before a failed job's second attempt; it doubles for each further one, up to an hour.</summary>
    public TimeSpan JobRetryDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Attempts of a mutation that conflicts with concurrent ones before it fails with <c>CONFLICT</c>.</summary>
    public int MaxMutationAttempts { get; set; } = 12;

    /// <summary>
    /// Optimistic attempts of a conflicting mutation; its later attempts run while no other mutation does, so a mutation
    /// that keeps losing races to a busy writer is not starved.
    /// </summary>
    public int OptimisticMutationAttempts { get; set; } = 4;
}
