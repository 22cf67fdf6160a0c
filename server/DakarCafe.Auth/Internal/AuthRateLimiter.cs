using System.Globalization;
using System.Threading.RateLimiting;
using DakarCafe.Protocol;

namespace DakarCafe.Auth.Internal;

/// <summary>
/// Throttles password guessing and account farming with token buckets. Sign-in: per account and address (so guesses
/// from one address cannot lock the owner out from another), per address, and per account across all addresses (a
/// looser bucket bounding guesses spread over many addresses). Sign-up: per address. Past a bucket the request is
/// answered 429 <c>RATE_LIMITED</c> with <c>Retry-After</c>, whatever it carried.
/// </summary>
internal sealed class AuthRateLimiter(AuthSettings settings) : IDisposable
{
    private const string SignInFromAddress = "sign-in:account@address:";
    private const string SignInAddress = "sign-in:address:";
    private const string SignInAccount = "sign-in:account:";
    private const string SignUpAddress = "sign-up:address:";

    private readonly PartitionedRateLimiter<string> _buckets = PartitionedRateLimiter.Create<string, string>(key =>
        RateLimitPartition.GetTokenBucketLimiter(key, k => Bucket(k, settings)));

    /// <summary>Null when the sign-in attempt may go ahead; otherwise the 429 answer.</summary>
    public IResult? CheckSignIn(string? email, HttpContext http)
    {
        var account = AccountStore.NormalizeEmail(email) ?? "";
        var address = AddressOf(http);
        return Check(http, [SignInFromAddress + account + "|" + address, SignInAddress + address, SignInAccount + account],
            "Too many sign-in attempts; try again later.");
    }

    /// <summary>Null when an account may be created from this address now; otherwise the 429 answer.</summary>
    public IResult? CheckSignUp(HttpContext http) =>
        Check(http, [SignUpAddress + AddressOf(http)], "Too many accounts created from this address; try again later.");

    public void Dispose() => _buckets.Dispose();

    private IResult? Check(HttpContext http, string[] keys, string description)
    {
        foreach (var key in keys)
        {
            using var lease = _buckets.AttemptAcquire(key);
            if (!lease.IsAcquired)
            {
                var wait = lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromSeconds(1);
                http.Response.Headers.RetryAfter = Math.Ceiling(wait.TotalSeconds).ToString(CultureInfo.InvariantCulture);
                return Results.Json(new
                {
                    error = "rate_limited",
                    error_description = description,
                    code = ErrorCodes.RateLimited,
                    retryAfterMs = (long)wait.TotalMilliseconds,
                }, statusCode: StatusCodes.Status429TooManyRequests);
            }
        }

        return null;
    }

    private static string AddressOf(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private static TokenBucketRateLimiterOptions Bucket(string key, AuthSettings settings)
    {
        var (burst, period) = key switch
        {
            _ when key.StartsWith(SignInFromAddress, StringComparison.Ordinal) => (settings.SignInBurstPerAccount, settings.SignInIntervalPerAccount),
            _ when key.StartsWith(SignInAddress, StringComparison.Ordinal) => (settings.SignInBurstPerAddress, TimeSpan.FromSeconds(1)),
            _ when key.StartsWith(SignInAccount, StringComparison.Ordinal) => (settings.SignInBurstPerAccountFromAllAddresses, TimeSpan.FromSeconds(1)),
            _ => (settings.SignUpBurstPerAddress, settings.SignUpIntervalPerAddress),
        };
        return new TokenBucketRateLimiterOptions
        {
            TokenLimit = burst,
            TokensPerPeriod = 1,
            ReplenishmentPeriod = period,
            QueueLimit = 0,
            AutoReplenishment = true,
        };
    }
}
