using MessagePack;

namespace DakarCafe.Protocol;

/// <summary>The server's answer to <see cref="ConnectRequest"/>.</summary>
/// <param name="Version">The newest version this server has processed.</param>
/// <param name="Error">Set when the connection is refused.</param>
[MessagePackObject]
public sealed record ConnectResponse(
    [property: Key("version")] long Version,
    [property: Key("error")] ErrorInfo? Error = null);
