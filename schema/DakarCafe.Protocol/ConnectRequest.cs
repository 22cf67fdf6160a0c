using MessagePack;

namespace DakarCafe.Protocol;

/// <summary>The first message of a connection: who the client is across reconnects.</summary>
/// <param name="SessionId">Chosen by the client once and kept across reconnects; mutations are deduplicated per session.</param>
/// <param name="MaxObservedVersion">The highest version the client has seen, so a server behind it can refuse to go back in time.</param>
[MessagePackObject]
public sealed record ConnectRequest(
    [property: Key("sessionId")] string SessionId,
    [property: Key("maxObservedVersion")] long MaxObservedVersion);
