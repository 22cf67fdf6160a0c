using MessagePack;

namespace DakarCafe.Protocol;

/// <summary>The answer to <see cref="AuthenticateRequest"/>: null error when the token was accepted.</summary>
/// <param name="UserId">The signed-in user, or null when anonymous.</param>
/// <param name="Error">Why the token was refused; the connection keeps its previous identity.</param>
[MessagePackObject]
public sealed record AuthenticateResponse(
    [property: Key("userId")] string? UserId,
    [property: Key("error")] ErrorInfo? Error = null);
