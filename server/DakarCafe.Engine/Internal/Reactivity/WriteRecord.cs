namespace DakarCafe.Engine.Internal.Reactivity;

/// <summary>One write of a commit as the log recorded it, its documents read back as CLR objects.</summary>
/// <param name="Version">The commit's version.</param>
/// <param name="DocumentType">The written type; null for the engine's own tables.</param>
/// <param name="Truncated">True when the whole table was emptied.</param>
/// <param name="Old">The document before the write (null for an insert).</param>
/// <param name="New">The document after the write (null for a delete).</param>
internal sealed record WriteRecord(long Version, Type? DocumentType, bool Truncated, object? Old, object? New);
