using DakarCafe.Engine.Internal.Functions;

namespace DakarCafe.Engine.Internal.Reactivity;

/// <summary>
/// Finds the live query nodes a write can affect without looking at the others: each read is filed under its
/// document type and, when it has one, under the equality it selects by (Id == x, Category == y), else under the
/// bounds its comparisons put on one member (Price &lt;= 5000). A write is then checked only against the reads filed
/// under its own old and new values or whose bounds hold them, plus the type's reads with neither.
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
        private readonly Dictionary<string, Dictionary<string, HashSet<IndexedRead>>> _keyed = new(StringComparer.Ordinal);
        private readonly Dictionary<string, RangeFiling> _ranged = new(StringComparer.Ordinal);
        private readonly HashSet<IndexedRead> _unkeyed = [];

        public IEnumerable<QueryNode> AllNodes => _unkeyed.Concat(_keyed.Values.SelectMany(byValue => byValue.Values.SelectMany(set => set)))
            .Concat(_ranged.Values.SelectMany(filing => filing.All)).Select(read => read.Node);

        public void Add(QueryNode node, DocumentDependency dependency)
        {
            var read = new IndexedRead(node, dependency);
            if (dependency.Key is { } key)
            {
                var byValue = _keyed.TryGetValue(key.MemberPath, out var existing) ? existing : _keyed[key.MemberPath] = new(StringComparer.Ordinal);
                (byValue.TryGetValue(key.Value, out var set) ? set : byValue[key.Value] = []).Add(read);
            }
            else if (dependency.Range is { } range)
            {
                (_ranged.TryGetValue(range.MemberPath, out var filing) ? filing : _ranged[range.MemberPath] = new RangeFiling()).Add(read, range);
            }
            else
            {
                _unkeyed.Add(read);
            }
        }

        /// <summary>Removes one read of the node; true when the entry is then empty.</summary>
        public bool Remove(QueryNode node, DocumentDependency dependency)
        {
            var read = new IndexedRead(node, dependency);
            if (dependency.Key is { } key)
            {
                if (_keyed.TryGetValue(key.MemberPath, out var byValue) && byValue.TryGetValue(key.Value, out var set)
                    && set.Remove(read) && set.Count == 0 && byValue.Remove(key.Value) && byValue.Count == 0)
                {
                    _keyed.Remove(key.MemberPath);
                }
            }
            else if (dependency.Range is { } range && _ranged.TryGetValue(range.MemberPath, out var filing))
            {
                filing.Remove(read);
                if (filing.Count == 0)
                {
                    _ranged.Remove(range.MemberPath);
                }
            }
            else
            {
                _unkeyed.Remove(read);
            }

            return _unkeyed.Count == 0 && _keyed.Count == 0 && _ranged.Count == 0;
        }

        /// <summary>The reads that may see the write's old or new document: the unkeyed ones, and those filed under its old or new values.</summary>
        public IEnumerable<IndexedRead> Candidates(WriteRecord write, DocumentTypes types)
        {
            foreach (var candidate in _unkeyed)
            {
                yield return candidate;
            }

            foreach (var (member, byValue) in _keyed)
            {
                var oldValue = write.Old is null ? null : IndexKey.Normalize(types.Read(write.Old, member));
                var newValue = write.New is null ? null : IndexKey.Normalize(types.Read(write.New, member));
                if (oldValue is not null && byValue.TryGetValue(oldValue, out var oldSet))
                {
                    foreach (var candidate in oldSet)
                    {
                        yield return candidate;
                    }
                }

                if (newValue is not null && newValue != oldValue && byValue.TryGetValue(newValue, out var newSet))
                {
                    foreach (var candidate in newSet)
                    {
                        yield return candidate;
                    }
                }
            }

            foreach (var (member, filing) in _ranged)
            {
                var oldValue = write.Old is null ? null : RangeKey.Comparable(types.Read(write.Old, member));
                var newValue = write.New is null ? null : RangeKey.Comparable(types.Read(write.New, member));
                foreach (var candidate in (oldValue is { } o ? filing.Holding(o) : []).Concat(newValue is { } n && n != oldValue ? filing.Holding(n) : []))
                {
                    yield return candidate;
                }
            }
        }
    }
}
