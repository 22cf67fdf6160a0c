using DakarCafe.Protocol;

namespace DakarCafe.Engine.Internal.Sync;

/// <summary>A query's modification waiting in a client's outbox, with the full value kept for when a patch cannot be merged.</summary>
internal sealed record PendingModification(QueryModification Message, byte[]? FullValue)
{
    public int QueryId => Message.QueryId;

    /// <summary>
    /// Merges a later modification of the same query into this unsent one. A patch made against the value this one
    /// would have delivered cannot follow it unsent, so it becomes the full value.
    /// </summary>
    public PendingModification FollowedBy(PendingModification later) =>
        later.Message.Kind == QueryModificationKind.Patched && Message.Kind != QueryModificationKind.Unchanged
            ? later with { Message = later.Message with { Kind = QueryModificationKind.Updated, Value = later.FullValue, Patch = null, BaseHash = null } }
            : later;
}
