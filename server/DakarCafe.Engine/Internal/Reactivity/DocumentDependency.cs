namespace DakarCafe.Engine.Internal.Reactivity;

/// <summary>
/// One read of a query: documents of <see cref="DocumentType"/> that match <see cref="Key"/> (when set) and
/// <see cref="Matches"/> (when set). A write invalidates the query when its old or new document is such a document.
/// With neither set, the read depends on the whole type. <see cref="Range"/>, when set, bounds one member of the
/// documents <see cref="Matches"/> can select: the index files the read under it.
/// </summary>
internal sealed record DocumentDependency(Type DocumentType, IndexKey? Key, Func<object, bool>? Matches, RangeKey? Range = null)
{
    /// <summary>True when the write's old or new document is one this read could have seen (a truncate touches every read of its type).</summary>
    public bool Touches(WriteRecord write, Functions.DocumentTypes types) =>
        write.DocumentType == DocumentType
        && (write.Truncated || Sees(write.Old, types) || Sees(write.New, types));

    private bool Sees(object? document, Functions.DocumentTypes types) =>
        document is not null
        && (Key is not { } key || IndexKey.Normalize(types.Read(document, key.MemberPath)) == key.Value)
        && Covers(document);

    /// <summary>True when the document (old or new version of a write) is one this read could have seen.</summary>
    public bool Covers(object document)
    {
        if (Matches is null)
        {
            return true;
        }

        try
        {
            return Matches(document);
        }
        catch (Exception e) when (e is NotSupportedException or NullReferenceException or InvalidOperationException or InvalidCastException)
        {
            // Marten-only operators (full-text search, ...) cannot run in memory: depend on every document of the type.
            return true;
        }
    }
}
