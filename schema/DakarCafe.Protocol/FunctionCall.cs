using MessagePack;

namespace DakarCafe.Protocol;

/// <summary>A call of a mutation, action or one-shot query.</summary>
/// <param name="RequestId">Chosen by the client, increasing within its session; a mutation resent with the same id is applied once.</param>
/// <param name="Function">The function's name, such as <c>cart:addToCart</c>.</param>
/// <param name="Args">The arguments as a JSON object.</param>
[MessagePackObject]
public sealed record FunctionCall(
    [property: Key("requestId")] long RequestId,
    [property: Key("function")] string Function,
    [property: Key("args")] string Args);
