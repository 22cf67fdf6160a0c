using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using DakarCafe.Protocol;
using DakarCafe.Schema.Products;

namespace DakarCafe.Bench;

/// <summary>
/// The soak's readers: raw websocket connections (<see cref="RawReader"/>), each following three of the products live.
/// Every price the soak sets is unique (seven digits from <see cref="PriceBase"/>), so a reader recognises a price in
/// a transition's bytes without decoding it, and knows which write it came from and when that write was sent.
/// </summary>
internal sealed class SoakReaders : IAsyncDisposable
{
    public const long PriceBase = 2_000_000;
    public const int ProductsPerReader = 3;

    private readonly ConcurrentDictionary<long, Write> _writes = new();
    private readonly List<Reader> _readers = [];
    private Latencies _window = new();
    private long _timedFrom = long.MaxValue;

    /// <summary>A price the soak set: which product (its index), and when the mutation was sent.</summary>
    public sealed record Write(int Product, long Price, long SentAt);

    public int Count => _readers.Count;

    /// <summary>The readers whose connection has closed.</summary>
    public int Closed => _readers.Count(r => r.Connection.Closed);

    /// <summary>How many readers follow each product (by index).</summary>
    public int[] FollowersPerProduct { get; private set; } = [];

    /// <summary>
    /// Opens <paramref name="count"/> connections, reader i to <paramref name="addresses"/>[i mod their count],
    /// <paramref name="parallel"/> at a time; reader i follows three distinct products picked by a seeded random, so
    /// every run follows the same ones.
    /// </summary>
    public async Task ConnectAsync(IReadOnlyList<Uri> addresses, int count, IReadOnlyList<Guid> products, int parallel)
    {
        var soak = this;
        var random = new Random(20261204);
        for (var i = 0; i < count; i++)
        {
            var picked = new HashSet<int>();
            while (picked.Count < ProductsPerReader)
            {
                picked.Add(random.Next(products.Count));
            }

            soak._readers.Add(new Reader([.. picked], addresses[i % addresses.Count]));
        }

        soak.FollowersPerProduct = new int[products.Count];
        foreach (var product in soak._readers.SelectMany(r => r.Products))
        {
            soak.FollowersPerProduct[product]++;
        }

        await Parallel.ForEachAsync(soak._readers, new ParallelOptions { MaxDegreeOfParallelism = parallel }, async (reader, _) =>
        {
            reader.Connection = await RawReader.ConnectAsync(reader.Address, SyncHubMethods.Path, message => soak.Received(reader, message.Span));
            var adds = reader.Products.Select((product, at) => new QueryChange(QueryChangeKind.Add, at + 1, "products:getProduct",
                JsonSerializer.Serialize(new GetProductArgs(Id: products[product]), WireJson.Options))).ToList();
            await reader.Connection.SendAsync(SyncHubMethods.Connect, new ConnectRequest($"soak-{Guid.NewGuid():N}", 0));
            await reader.Connection.SendAsync(SyncHubMethods.ModifyQuerySet, new QuerySetModification(adds));
        });
    }

    /// <summary>Records a write about to be sent (before any reader connects, too): from now on its price is recognised.</summary>
    public void Sent(Write write) => _writes[write.Price] = write;

    /// <summary>Deliveries of writes sent from now on are timed (the ones before are the readers' first values).</summary>
    public void TimeFromNow() => Interlocked.Exchange(ref _timedFrom, Stopwatch.GetTimestamp());

    /// <summary>The deliveries timed since the last call: one latency each, from the write's sending.</summary>
    public Latencies TakeWindow() => Interlocked.Exchange(ref _window, new Latencies());

    /// <summary>True when every reader holds, for each product it follows, the price <paramref name="current"/> gives.</summary>
    public bool AllHold(Func<int, long> current) =>
        _readers.All(r => r.Products.Select((product, slot) => Volatile.Read(ref r.Latest[slot]) == current(product)).All(x => x));

    /// <summary>How many readers do not hold the current price of one of their products.</summary>
    public int Behind(Func<int, long> current) =>
        _readers.Count(r => r.Products.Where((product, slot) => Volatile.Read(ref r.Latest[slot]) != current(product)).Any());

    public async ValueTask DisposeAsync()
    {
        await Parallel.ForEachAsync(_readers.Where(r => r.Connection is not null), new ParallelOptions { MaxDegreeOfParallelism = 64 },
            async (reader, _) => await reader.Connection.DisposeAsync());
    }

    /// <summary>Each seven-digit number after a colon that is a price the soak set counts for the reader following its product.</summary>
    private void Received(Reader reader, ReadOnlySpan<byte> message)
    {
        for (var at = message.IndexOf((byte)':'); at >= 0; at = message.IndexOf((byte)':'))
        {
            message = message[(at + 1)..];
            var digits = 0;
            var value = 0L;
            while (digits < message.Length && digits <= 7 && char.IsAsciiDigit((char)message[digits]))
            {
                value = (value * 10) + (message[digits] - '0');
                digits++;
            }

            if (digits == 7 && _writes.TryGetValue(value, out var write))
            {
                Saw(reader, write);
            }
        }
    }

    /// <summary>Runs on the reader's own receive loop, so its state needs no lock.</summary>
    private void Saw(Reader reader, Write write)
    {
        var slot = Array.IndexOf(reader.Products, write.Product);
        if (slot < 0 || write.Price <= reader.Latest[slot])
        {
            return;
        }

        Volatile.Write(ref reader.Latest[slot], write.Price);
        if (write.SentAt >= Interlocked.Read(ref _timedFrom))
        {
            Volatile.Read(ref _window).Add(Stopwatch.GetElapsedTime(write.SentAt).TotalMilliseconds);
        }
    }

    private sealed class Reader(int[] products, Uri address)
    {
        public int[] Products { get; } = products;

        public Uri Address { get; } = address;

        /// <summary>The newest price seen for each followed product (by slot).</summary>
        public long[] Latest { get; } = new long[ProductsPerReader];

        public RawReader Connection { get; set; } = null!;
    }
}
