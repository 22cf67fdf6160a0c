namespace DakarCafe.Protocol;

/// <summary>What happened to one query in a <see cref="Transition"/>.</summary>
public enum QueryModificationKind
{
    /// <summary>A new value, in full (UTF-8 JSON in <see cref="QueryModification.Value"/>).</summary>
    Updated = 0,

    /// <summary>A new value as a <see cref="QueryModification.Patch"/> against the value the client holds.</summary>
    Patched = 1,

    /// <summary>The value the client announced (by hash) is still current.</summary>
    Unchanged = 2,

    /// <summary>The query failed; <see cref="QueryModification.Error"/> says why. It stays subscribed.</summary>
    Failed = 3,

    /// <summary>The query was removed from the subscription set.</summary>
    Removed = 4,
}
