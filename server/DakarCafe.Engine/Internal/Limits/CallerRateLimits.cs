using System.Globalization;
using System.Threading.RateLimiting;
using DakarCafe.Engine.Errors;
using DakarCafe.Engine.Limits;
using DakarCafe.Protocol;

namespace DakarCafe.Engine.Internal.Limits;

/// <summary>
/// Token buckets per caller (the user when signed in, else the IP address) for mutations (and actions), for new
/// subscriptions and for one-shot queries.
/// Past the rate, the call is refused with <c>RATE_LIMITED</c> and the time to wait; the connection stays open.
/// </summary>
internal sealed class CallerRateLimits : IDisposable
{
    private readonly PartitionedRateLimiter<string> _mutations;
    private readonly PartitionedRateLimiter<string> _subscriptions;
    private readonly PartitionedRateLimiter<string> _queries;

    public CallerRateLimits(EngineLimits limits)
    {
        _mutations = Buckets(limits.MutationBurst, limits.MutationsPerSecond);
        _subscriptions = Buckets(limits.SubscriptionBurst, limits.SubscriptionsPerSecond);
        _queries = Buckets(limits.QueryBurst, limits.QueriesPerSecond);
    }

    /// <summary>Null when the caller may start a mutation now; otherwise the error to answer.</summary>
    public ErrorInfo? TryMutation(string caller) => Refusal(_mutations.AttemptAcquire(caller), "mutations");

    /// <summary>Null when the caller may add this many subscriptions now; otherwise the error to answer.</summary>
    public ErrorInfo? TrySubscriptions(string caller, int count) => Refusal(_subscriptions.AttemptAcquire(caller, count), "subscriptions");

    /// <summary>Null when the caller may run a one-shot query now; otherwise the error to answer.</summary>
    public ErrorInfo? TryQuery(string caller) => Refusal(_queries.AttemptAcquire(caller), "queries");

    public void Dispose()
    {
        _mutations.Dispose();
        _subscriptions.Dispose();
        _queries.Dispose();
    }

    private static PartitionedRateLimiter<string> Buckets(int burst, int perSecond) =>
        PartitionedRateLimiter.Create<string, string>(caller => RateLimitPartition.GetTokenBucketLimiter(caller, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = burst,
            TokensPerPeriod = perSecond,
            ReplenishmentPeriod = TimeSpan.FromSeconds(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        }));

    private static ErrorInfo? Refusal(RateLimitLease lease, string what)
    {
        using (lease)
        {
            if (lease.IsAcquired)
            {
                return null;
            }

            var retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
            var milliseconds = Math.Max(1, (long)retryAfter.TotalMilliseconds);
            return new AppError(ErrorCodes.RateLimited,
                string.Create(CultureInfo.InvariantCulture, $"Too many {what}; retry after {milliseconds} ms."),
                new { limit = what, retryAfterMs = milliseconds }).ToErrorInfo();
        }
    }
}
