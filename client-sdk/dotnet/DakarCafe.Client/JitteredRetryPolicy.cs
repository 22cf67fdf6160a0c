using Microsoft.AspNetCore.SignalR.Client;

namespace DakarCafe.Client;

/// <summary>Reconnects forever, waiting the configured delays (the last one repeated), each jittered so clients do not return in a herd.</summary>
internal sealed class JitteredRetryPolicy(IReadOnlyList<TimeSpan> delays) : IRetryPolicy
{
    public TimeSpan? NextRetryDelay(RetryContext retryContext)
    {
        var delay = delays[(int)Math.Min(retryContext.PreviousRetryCount, delays.Count - 1)];
        return delay + TimeSpan.FromMilliseconds(Random.Shared.NextDouble() * delay.TotalMilliseconds / 2);
    }
}
