using MessagePack;

namespace DakarCafe.Protocol;

/// <summary>The answer to a <see cref="FunctionCall"/>.</summary>
/// <param name="RequestId">The call's request id.</param>
/// <param name="Value">On success: the result as UTF-8 JSON.</param>
/// <param name="Version">
/// A mutation's commit version (a client treats it as done once it holds a transition at or past it); a query's
/// snapshot version; 0 for an action or a failure.
/// </param>
/// <param name="Error">On failure: why. Nothing was written.</param>
[MessagePackObject]
public sealed record FunctionResult(
    [property: Key("requestId")] long RequestId,
    [property: Key("value")] byte[]? Value,
    [property: Key("version")] long Version,
    [property: Key("error")] ErrorInfo? Error = null)
{
    /// <summary>True when the call succeeded.</summary>
    [IgnoreMember]
    public bool Succeeded => Error is null;
}
