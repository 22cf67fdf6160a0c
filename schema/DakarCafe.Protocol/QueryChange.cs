using MessagePack;

namespace DakarCafe.Protocol;

/// <summary>One entry of a <see cref="QuerySetModification"/>.</summary>
/// <param name="Kind">Add or remove.</param>
/// <param name="QueryId">The client's id for the query, unique on its connection.</param>
/// <param name="Function">For an add: the query's name, such as <c>products:getProduct</c>.</param>
/// <param name="Args">For an add: the arguments as a JSON object.</param>
/// <param name="Hash">For an add after a reconnect: the hash of the value the client holds, answered with "unchanged" when still current.</param>
[MessagePackObject]
public sealed record QueryChange(
    [property: Key("kind")] QueryChangeKind Kind,
    [property: Key("queryId")] int QueryId,
    [property: Key("function")] string? Function = null,
    [property: Key("args")] string? Args = null,
    [property: Key("hash")] string? Hash = null);
