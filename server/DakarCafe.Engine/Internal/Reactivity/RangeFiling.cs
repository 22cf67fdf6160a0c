namespace DakarCafe.Engine.Internal.Reactivity;

/// <summary>
/// The range reads of one member (see <see cref="RangeKey"/>), sorted by their bounds, so the reads whose bounds hold
/// a value are found without looking at the others: reads bounded above only, by their upper bound; reads bounded
/// below, by their lower bound (those bounded on both sides are then checked against their upper bound one by one).
/// Owned by the reactor's loop; not thread-safe.
/// </summary>
internal sealed class RangeFiling
{
    private readonly SortedSet<Entry> _aboveOnly = new(EntryOrder.Instance);
    private readonly SortedSet<Entry> _below = new(EntryOrder.Instance);
    private readonly Dictionary<IndexedRead, Entry> _entries = [];
    private long _sequence;

    public int Count => _entries.Count;

    public IEnumerable<IndexedRead> All => _entries.Keys;

    /// <summary>Files a read under <paramref name="range"/>, which has at least one bound.</summary>
    public void Add(IndexedRead read, RangeKey range)
    {
        if (_entries.ContainsKey(read))
        {
            return;
        }

        var entry = range.Lower is { } lower
            ? new Entry(lower, range.Upper, ++_sequence, read, InBelow: true)
            : new Entry(range.Upper ?? throw new ArgumentException("A range read needs a bound.", nameof(range)), null, ++_sequence, read, InBelow: false);
        (entry.InBelow ? _below : _aboveOnly).Add(entry);
        _entries[read] = entry;
    }

    public void Remove(IndexedRead read)
    {
        if (_entries.Remove(read, out var entry))
        {
            (entry.InBelow ? _below : _aboveOnly).Remove(entry);
        }
    }

    /// <summary>The reads whose bounds hold <paramref name="value"/>.</summary>
    public IEnumerable<IndexedRead> Holding(decimal value)
    {
        foreach (var entry in _aboveOnly.GetViewBetween(Probe(value, long.MinValue), Probe(decimal.MaxValue, long.MaxValue)))
        {
            yield return entry.Read;
        }

        foreach (var entry in _below.GetViewBetween(Probe(decimal.MinValue, long.MinValue), Probe(value, long.MaxValue)))
        {
            if (entry.Upper is not { } upper || value <= upper)
            {
                yield return entry.Read;
            }
        }
    }

    private static Entry Probe(decimal bound, long sequence) => new(bound, null, sequence, default, InBelow: false);

    /// <summary>A filed read: the bound it is sorted by (its upper bound in the above-only set, else its lower one), and its upper bound.</summary>
    private sealed record Entry(decimal Bound, decimal? Upper, long Sequence, IndexedRead Read, bool InBelow);

    private sealed class EntryOrder : IComparer<Entry>
    {
        public static readonly EntryOrder Instance = new();

        public int Compare(Entry? x, Entry? y) => x!.Bound != y!.Bound ? x.Bound.CompareTo(y.Bound) : x.Sequence.CompareTo(y.Sequence);
    }
}
