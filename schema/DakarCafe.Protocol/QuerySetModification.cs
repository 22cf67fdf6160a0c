using MessagePack;

namespace DakarCafe.Protocol;

/// <summary>Adds queries to and removes them from the client's subscription set, in order.</summary>
[MessagePackObject]
public sealed record QuerySetModification([property: Key("changes")] IReadOnlyList<QueryChange> Changes);
