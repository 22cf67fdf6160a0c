using DakarCafe.Engine.Functions;
using DakarCafe.Engine.Internal.Reactivity;
using DakarCafe.Engine.Limits;
using Microsoft.Extensions.Logging;

namespace DakarCafe.Engine.Internal.Sync;

/// <summary>
/// Signs out the live connections whose token expired without being refreshed (checked every second) or was revoked
/// (sign-out, a new password, a changed role: asked of the authenticator for all connections at once, every
/// <see cref="EngineLimits.IdentityRecheckInterval"/>): their subscriptions that need a signed-in caller then fail
/// with <c>AUTH_REQUIRED</c>, and the public ones go on.
/// </summary>
internal sealed partial class IdentityWatcher(SyncConnections connections, Reactor reactor, ICallerAuthenticator authenticator, EngineLimits limits,
    TimeProvider time, ILogger<IdentityWatcher> logger)
{
    public async Task RunAsync(CancellationToken stopping)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1), time);
        var lastRecheck = time.GetTimestamp();
        while (await timer.WaitForNextTickAsync(stopping))
        {
            var now = time.GetUtcNow();
            SignOut(session => session.Identity.IsAuthenticated && !session.Identity.At(now).IsAuthenticated);
            if (time.GetElapsedTime(lastRecheck) >= limits.IdentityRecheckInterval)
            {
                lastRecheck = time.GetTimestamp();
                await SignOutRevokedAsync(stopping);
            }
        }
    }

    private async Task SignOutRevokedAsync(CancellationToken stopping)
    {
        var tokenIds = connections.All.Select(s => s.Identity.TokenId).OfType<string>().ToHashSet(StringComparer.Ordinal);
        if (tokenIds.Count == 0)
        {
            return;
        }

        IReadOnlySet<string> revoked;
        try
        {
            revoked = await authenticator.FindRevokedAsync(tokenIds, stopping);
        }
        catch (Exception e) when (e is not OperationCanceledException || !stopping.IsCancellationRequested)
        {
            // The token store is away (a database restart): the next round asks again.
            Log.RecheckFailed(logger, e);
            return;
        }

        SignOut(session => session.Identity.TokenId is { } id && revoked.Contains(id));
    }

    private void SignOut(Func<ClientSession, bool> ended)
    {
        foreach (var session in connections.All)
        {
            if (ended(session))
            {
                session.Identity = CallerIdentity.Anonymous;
                reactor.Submit(new ReactorCommand.IdentityChanged(session));
            }
        }
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Warning, "Could not check the live connections' tokens for revocation; trying again at the next interval")]
        public static partial void RecheckFailed(ILogger logger, Exception error);
    }
}
