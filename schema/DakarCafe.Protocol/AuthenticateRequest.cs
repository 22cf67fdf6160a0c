using MessagePack;

namespace DakarCafe.Protocol;

/// <summary>Hands a live connection a fresh access token (or none, to sign out) without dropping its subscriptions.</summary>
/// <param name="AccessToken">The new token; null or empty signs the connection out.</param>
[MessagePackObject]
public sealed record AuthenticateRequest([property: Key("accessToken")] string? AccessToken);
