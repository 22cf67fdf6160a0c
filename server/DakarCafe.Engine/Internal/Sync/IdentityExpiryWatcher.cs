using DakarCafe.Engine.Functions;
using DakarCafe.Engine.Internal.Reactivity;

namespace DakarCafe.Engine.Internal.Sync;

/// <summary>
/// Signs out the live connections whose token expired without being refreshed: their subscriptions that need a
/// signed-in caller then fail with <c>AUTH_REQUIRED</c>, and the public ones go on.
/// </summary>
internal sealed class IdentityExpiryWatcher(SyncConnections connections, Reactor reactor, TimeProvider time)
{
    public async Task RunAsync(CancellationToken stopping)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1), time);
        while (await timer.WaitForNextTickAsync(stopping))
        {
            var now = time.GetUtcNow();
            foreach (var session in connections.All)
            {
                var identity = session.Identity;
                if (identity.IsAuthenticated && !identity.At(now).IsAuthenticated)
                {
                    session.Identity = CallerIdentity.Anonymous;
                    reactor.Submit(new ReactorCommand.IdentityChanged(session));
                }
            }
        }
    }
}
