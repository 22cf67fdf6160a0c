namespace DakarCafe.Client;

/// <summary>The delays between reconnect attempts: the configured ones (the last repeated), each jittered so clients do not return in a herd.</summary>
internal sealed class JitteredRetryPolicy(IReadOnlyList<TimeSpan> delays)
{
    public TimeSpan NextRetryDelay(int attempt)
    {
        var delay = delays[Math.Min(attempt, delays.Count - 1)];
        return delay + TimeSpan.FromMilliseconds(Random.Shared.NextDouble() * delay.TotalMilliseconds / 2);
    }
}
