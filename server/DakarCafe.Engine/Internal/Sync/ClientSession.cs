using DakarCafe.Engine.Functions;
using DakarCafe.Engine.Internal.Reactivity;
using Microsoft.AspNetCore.SignalR;

namespace DakarCafe.Engine.Internal.Sync;

/// <summary>
/// One client connection: its identity, its live queries (<see cref="Queries"/>, owned by the reactor's loop), its
/// serial mutation queue and its outbox of transitions (<see cref="Outbox"/>).
/// </summary>
internal sealed class ClientSession(HubConnectionContext connection, MutationQueue mutations, CallerIdentity identity, int maxSubscriptions)
{
    public string ConnectionId => connection.ConnectionId;

    public HubConnectionContext Connection => connection;

    public MutationQueue Mutations { get; } = mutations;

    /// <summary>Set by Connect; mutations are deduplicated per session across reconnects.</summary>
    public string SessionId { get; private set; } = "anonymous-" + Guid.NewGuid().ToString("N");

    /// <summary>True once Connect named the client's session: before it a mutation could not be deduplicated across reconnects.</summary>
    public bool Introduced { get; private set; }

    public void Introduce(string sessionId) => (SessionId, Introduced) = (sessionId, true);

    /// <summary>Who the client is now; replaced whole (by the hub or the expiry watcher), read by any thread.</summary>
    public CallerIdentity Identity { get; set; } = identity;

    /// <summary>Who the rate limits count this client as: the signed-in user on all their devices, else the IP address.</summary>
    public string RateLimitKey => Identity.UserId is { } user
        ? "user:" + user
        : "ip:" + (connection.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpConnectionFeature>()?.RemoteIpAddress?.ToString() ?? connection.ConnectionId);

    /// <summary>The client's live queries; read and written only on the reactor's loop.</summary>
    public ClientQuerySet<Subscription> Queries { get; } = new(maxSubscriptions, identity);

    public ClientOutbox Outbox { get; } = new();
}
