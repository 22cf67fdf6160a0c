using MessagePack;

namespace DakarCafe.Protocol;

/// <summary>A structured error as a client receives it: never a stack trace, never SQL.</summary>
/// <param name="Code">One of <see cref="ErrorCodes"/>, or an application's own code.</param>
/// <param name="Message">A sentence for the developer; safe to show.</param>
/// <param name="Data">Optional JSON with details (the field that failed validation, the limit that was hit, ...).</param>
/// <param name="CorrelationId">Set on <see cref="ErrorCodes.Internal"/> errors: the id under which the server logged the failure.</param>
[MessagePackObject]
public sealed record ErrorInfo(
    [property: Key("code")] string Code,
    [property: Key("message")] string Message,
    [property: Key("data")] string? Data = null,
    [property: Key("correlationId")] string? CorrelationId = null);
