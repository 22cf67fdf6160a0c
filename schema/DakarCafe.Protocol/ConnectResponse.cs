using MessagePack;

namespace DakarCafe.Protocol;

/// <summary>The server's answer to <see cref="ConnectRequest"/>.</summary>
/// <param name="Version">The newest version this server has processed.</param>
/// <param name="Error">Set when the connection is refused.</param>
/// <param name="ConnectionId">The server's id for this connection (the clients connect without SignalR's negotiation, which used to give it).</param>
[MessagePackObject]
public sealed record ConnectResponse(
    [property: Key("version")] long Version,
    [property: Key("error")] ErrorInfo? Error = null,
    [property: Key("connectionId")] string? ConnectionId = null);
