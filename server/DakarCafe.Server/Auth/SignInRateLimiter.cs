using System.Globalization;
using System.Threading.RateLimiting;
using DakarCafe.Protocol;

namespace DakarCafe.Server.Auth;

/// <summary>
/// Brute-force protection of the password grant: token buckets per account (email) and per IP address. Past them a
/// sign-in is answered 429 <c>RATE_LIMITED</c> with <c>Retry-After</c>, whatever the password.
/// </summary>
internal sealed class SignInRateLimiter(AuthSettings settings) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _buckets = PartitionedRateLimiter.Create<string, string>(key =>
        RateLimitPartition.GetTokenBucketLimiter(key, k => new TokenBucketRateLimiterOptions
        {
            TokenLimit = k.StartsWith("ip:", StringComparison.Ordinal) ? settings.SignInBurstPerAddress : settings.SignInBurstPerAccount,
            TokensPerPeriod = 1,
            ReplenishmentPeriod = k.StartsWith("ip:", StringComparison.Ordinal) ? TimeSpan.FromSeconds(1) : settings.SignInIntervalPerAccount,
            QueueLimit = 0,
            AutoReplenishment = true,
        }));

    /// <summary>Null when the attempt may go ahead; otherwise the 429 answer.</summary>
    public IResult? Check(string? email, HttpContext http)
    {
        foreach (var key in new[] { "account:" + (AccountStore.NormalizeEmail(email) ?? ""), "ip:" + http.Connection.RemoteIpAddress })
        {
            using var lease = _buckets.AttemptAcquire(key);
            if (!lease.IsAcquired)
            {
                var wait = lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : settings.SignInIntervalPerAccount;
                http.Response.Headers.RetryAfter = Math.Ceiling(wait.TotalSeconds).ToString(CultureInfo.InvariantCulture);
                return Results.Json(new
                {
                    error = "rate_limited",
                    error_description = "Too many sign-in attempts; try again later.",
                    code = ErrorCodes.RateLimited,
                    retryAfterMs = (long)wait.TotalMilliseconds,
                }, statusCode: StatusCodes.Status429TooManyRequests);
            }
        }

        return null;
    }

    public void Dispose() => _buckets.Dispose();
}
