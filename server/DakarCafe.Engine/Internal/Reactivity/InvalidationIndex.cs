using DakarCafe.Engine.Internal.Functions;

namespace DakarCafe.Engine.Internal.Reactivity;

/// <summary>
/// Finds the live query nodes a write can affect without looking at the others: each read is filed under its
/// document type and, when it has one, under the equality it selects by (Id == x, Category == y). A write is then
/// checked only against the reads filed under its own old and new values, plus the type's unkeyed reads.
/// Owned by the reactor's loop; not thread-safe.
/// </summary>
internal sealed class InvalidationIndex(DocumentTypes types)
{
    private readonly Dictionary<Type, TypeEntry> _byType = [];

    public bool HasReadsOf(Type type) => _byType.ContainsKey(type);

    public void Add(QueryNode node, ReadSet reads)
    {
        foreach (var dependency in reads.Dependencies)
        {
            var entry = _byType.TryGetValue(dependency.DocumentType, out var existing) ? existing : _byType[dependency.DocumentType] = new TypeEntry();
            entry.Add(node, dependency);
        }
    }

    public void Remove(QueryNode node, ReadSet reads)
    {
        foreach (var dependency in reads.Dependencies)
        {
            if (_byType.TryGetValue(dependency.DocumentType, out var entry) && entry.Remove(node, dependency))
            {
                _byType.Remove(dependency.DocumentType);
            }
        }
    }

    /// <summary>Adds to <paramref name="affected"/> every node whose reads cover the write's old or new document.</summary>
    public void Match(WriteRecord write, HashSet<QueryNode> affected)
    {
        if (write.DocumentType is null || !_byType.TryGetValue(write.DocumentType, out var entry))
        {
            return;
        }

        if (write.Truncated)
        {
            affected.UnionWith(entry.AllNodes);
            return;
        }

        foreach (var (node, dependency) in entry.Candidates(write, types))
        {
            if (!affected.Contains(node) && dependency.Touches(write, types))
            {
                affected.Add(node);
            }
        }
    }

    private sealed class TypeEntry
    {
        private readonly Dictionary<string, Dictionary<string, List<(QueryNode Node, DocumentDependency Dependency)>>> _keyed = new(StringComparer.Ordinal);
        private readonly List<(QueryNode Node, DocumentDependency Dependency)> _unkeyed = [];

        public IEnumerable<QueryNode> AllNodes =>
            _unkeyed.Select(x => x.Node).Concat(_keyed.Values.SelectMany(byValue => byValue.Values.SelectMany(list => list.Select(x => x.Node))));

        public void Add(QueryNode node, DocumentDependency dependency)
        {
            if (dependency.Key is not { } key)
            {
                _unkeyed.Add((node, dependency));
                return;
            }

            var byValue = _keyed.TryGetValue(key.MemberPath, out var existing) ? existing : _keyed[key.MemberPath] = new(StringComparer.Ordinal);
            (byValue.TryGetValue(key.Value, out var list) ? list : byValue[key.Value] = []).Add((node, dependency));
        }

        /// <summary>Removes one read of the node; true when the entry is then empty.</summary>
        public bool Remove(QueryNode node, DocumentDependency dependency)
        {
            if (dependency.Key is not { } key)
            {
                _unkeyed.RemoveAll(x => x.Node == node && ReferenceEquals(x.Dependency, dependency));
            }
            else if (_keyed.TryGetValue(key.MemberPath, out var byValue) && byValue.TryGetValue(key.Value, out var list))
            {
                list.RemoveAll(x => x.Node == node && ReferenceEquals(x.Dependency, dependency));
                if (list.Count == 0 && byValue.Remove(key.Value) && byValue.Count == 0)
                {
                    _keyed.Remove(key.MemberPath);
                }
            }

            return _unkeyed.Count == 0 && _keyed.Count == 0;
        }

        public IEnumerable<(QueryNode Node, DocumentDependency Dependency)> Candidates(WriteRecord write, DocumentTypes types)
        {
            foreach (var candidate in _unkeyed)
            {
                yield return candidate;
            }

            foreach (var (member, byValue) in _keyed)
            {
                var oldValue = write.Old is null ? null : IndexKey.Normalize(types.Read(write.Old, member));
                var newValue = write.New is null ? null : IndexKey.Normalize(types.Read(write.New, member));
                if (oldValue is not null && byValue.TryGetValue(oldValue, out var oldList))
                {
                    foreach (var candidate in oldList)
                    {
                        yield return candidate;
                    }
                }

                if (newValue is not null && newValue != oldValue && byValue.TryGetValue(newValue, out var newList))
                {
                    foreach (var candidate in newList)
                    {
                        yield return candidate;
                    }
                }
            }
        }
    }
}
