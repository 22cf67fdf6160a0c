namespace DakarCafe.Engine.Internal.Reactivity;

/// <summary>
/// Everything one query run read: point reads by id (misses too) and queries over a document type with their
/// filters. It owns nothing but the list; the invalidation index files it under its keys.
/// </summary>
internal sealed class ReadSet
{
    private readonly List<DocumentDependency> _dependencies = [];

    public IReadOnlyList<DocumentDependency> Dependencies => _dependencies;

    public void AddPointRead(Type documentType, string idMember, object id) =>
        _dependencies.Add(new DocumentDependency(documentType, new IndexKey(idMember, IndexKey.Normalize(id)), Matches: null));

    public void AddQuery(Type documentType, QueryFilter filter) =>
        _dependencies.Add(new DocumentDependency(documentType, filter.Key, filter.Matches, filter.Range));
}
