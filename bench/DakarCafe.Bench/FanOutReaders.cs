using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using DakarCafe.Protocol;

namespace DakarCafe.Bench;

/// <summary>
/// N raw subscribers of one product (<see cref="RawReader"/>), and the round they wait for: a price, found in each
/// one's transition as its digits (in the new value or in the patch to it) without decoding the message.
/// </summary>
internal sealed class FanOutReaders : IAsyncDisposable
{
    private readonly List<RawReader> _readers = [];
    private readonly SemaphoreSlim _allDelivered = new(0);
    private byte[] _expected = [];
    private long _round;
    private long _started;
    private int _remaining;

    private FanOutReaders()
    {
    }

    public Latencies Latencies { get; private set; } = new();

    /// <summary>Connects <paramref name="count"/> readers, subscribes each to the product and waits until each holds <paramref name="currentPrice"/>.</summary>
    public static async Task<FanOutReaders> SubscribeAsync(Uri server, int count, Guid productId, long currentPrice)
    {
        var readers = new FanOutReaders();
        readers.Expect(currentPrice, count);
        var add = new QuerySetModification([new QueryChange(QueryChangeKind.Add, 1, "products:get", JsonSerializer.Serialize(new BenchProductId(productId), WireJson.Options))]);
        for (var i = 0; i < count; i++)
        {
            var counted = -1L;
            var reader = await RawReader.ConnectAsync(server, SyncHubMethods.Path, message =>
            {
                var round = Interlocked.Read(ref readers._round);
                if (counted != round && Mentions(message.Span, Volatile.Read(ref readers._expected)))
                {
                    counted = round;
                    readers.Delivered();
                }
            });
            await reader.SendAsync(SyncHubMethods.Connect, new ConnectRequest($"bench-{Guid.NewGuid():N}", 0));
            await reader.SendAsync(SyncHubMethods.ModifyQuerySet, add);
            readers._readers.Add(reader);
        }

        await readers.WaitAsync(currentPrice);
        return readers;
    }

    /// <summary>Starts a round: <paramref name="price"/> is what <paramref name="count"/> deliveries will carry, timed from now.</summary>
    public void Expect(long price, int count)
    {
        Interlocked.Exchange(ref _remaining, count);
        Volatile.Write(ref _expected, Encoding.ASCII.GetBytes(price.ToString(CultureInfo.InvariantCulture)));
        Interlocked.Exchange(ref _started, Stopwatch.GetTimestamp());
        Interlocked.Increment(ref _round);
    }

    public async Task WaitAsync(long price)
    {
        if (!await _allDelivered.WaitAsync(TimeSpan.FromSeconds(30)))
        {
            throw new TimeoutException($"Not every raw subscriber saw price {price} within 30 s.");
        }
    }

    public void ResetLatencies() => Latencies = new Latencies();

    public async ValueTask DisposeAsync()
    {
        foreach (var reader in _readers)
        {
            await reader.DisposeAsync();
        }

        _allDelivered.Dispose();
    }

    private void Delivered()
    {
        Latencies.Add(Stopwatch.GetElapsedTime(Interlocked.Read(ref _started)).TotalMilliseconds);
        if (Interlocked.Decrement(ref _remaining) == 0)
        {
            _allDelivered.Release();
        }
    }

    /// <summary>True when <paramref name="number"/> stands in <paramref name="message"/> as a JSON number after a colon.</summary>
    private static bool Mentions(ReadOnlySpan<byte> message, ReadOnlySpan<byte> number)
    {
        for (var from = 0; from < message.Length && message[from..].IndexOf(number) is var found and >= 0; from += found + 1)
        {
            var at = from + found;
            var end = at + number.Length;
            if (at > 0 && message[at - 1] == (byte)':' && (end == message.Length || !char.IsAsciiDigit((char)message[end])))
            {
                return true;
            }
        }

        return false;
    }
}
