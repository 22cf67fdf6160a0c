using MessagePack;

namespace DakarCafe.Protocol;

/// <summary>One query's new state in a <see cref="Transition"/>.</summary>
/// <param name="Kind">Which of the fields below are set.</param>
/// <param name="QueryId">The client's id for the query.</param>
/// <param name="Value">Updated: the value as UTF-8 JSON.</param>
/// <param name="Patch">Patched: a <c>JsonValuePatch</c> as UTF-8 JSON, to apply to the value of hash <see cref="BaseHash"/>.</param>
/// <param name="Hash">Updated, Patched, Unchanged: the hash of the new value, to announce after a reconnect.</param>
/// <param name="BaseHash">Patched: the hash of the value the patch applies to.</param>
/// <param name="Error">Failed: why.</param>
[MessagePackObject]
public sealed record QueryModification(
    [property: Key("kind")] QueryModificationKind Kind,
    [property: Key("queryId")] int QueryId,
    [property: Key("value")] byte[]? Value = null,
    [property: Key("patch")] byte[]? Patch = null,
    [property: Key("hash")] string? Hash = null,
    [property: Key("baseHash")] string? BaseHash = null,
    [property: Key("error")] ErrorInfo? Error = null);
