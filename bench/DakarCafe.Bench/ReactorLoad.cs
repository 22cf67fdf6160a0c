using System.Text.Json;
using DakarCafe.Protocol;

namespace DakarCafe.Bench;

/// <summary>
/// Many distinct live queries held by a few raw connections (a thousand each), for the reactor-cost benchmark: each
/// query is subscribed once, and its first result is waited for. What they read decides what one commit costs them.
/// </summary>
internal sealed class ReactorLoad : IAsyncDisposable
{
    private const int PerConnection = 1_000;

    private readonly List<RawReader> _connections = [];

    private ReactorLoad()
    {
    }

    /// <summary>What the live queries read.</summary>
    public enum Kind
    {
        /// <summary>One product each, by an id no product has: a keyed read no write touches.</summary>
        Keyed,

        /// <summary>The products up to a price far below any written price: a range read every write is checked against, none touched.</summary>
        Range,

        /// <summary>As <see cref="Range"/>, but one query in a hundred reads up to a price above the written product's: it re-runs on every commit.</summary>
        RangeOnePercentTouched,
    }

    public static async Task<ReactorLoad> SubscribeAsync(Uri server, Kind kind, int count)
    {
        var load = new ReactorLoad();
        var answered = new SemaphoreSlim(0);
        for (var first = 0; first < count; first += PerConnection)
        {
            var changes = Enumerable.Range(first, Math.Min(PerConnection, count - first))
                .Select(i => new QueryChange(QueryChangeKind.Add, i + 1, kind == Kind.Keyed ? "products:get" : "products:priceUpTo", Args(kind, i)))
                .ToList();
            var results = 0;
            var connection = await RawReader.ConnectAsync(server, SyncHubMethods.Path, message =>
            {
                // The first large message is the transition with the thousand first results (pings are a few bytes).
                if (message.Length > 1_000 && Interlocked.Increment(ref results) == 1)
                {
                    answered.Release();
                }
            });
            await connection.SendAsync(SyncHubMethods.Connect, new ConnectRequest($"reactor-{Guid.NewGuid():N}", 0));
            await connection.SendAsync(SyncHubMethods.ModifyQuerySet, new QuerySetModification(changes));
            load._connections.Add(connection);
        }

        for (var i = 0; i < load._connections.Count; i++)
        {
            if (!await answered.WaitAsync(TimeSpan.FromMinutes(5)))
            {
                throw new TimeoutException($"{load._connections.Count - i} of {load._connections.Count} connections had no first results within 5 minutes.");
            }
        }

        return load;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var connection in _connections)
        {
            await connection.DisposeAsync();
        }
    }

    private static string Args(Kind kind, int i) => kind switch
    {
        Kind.Keyed => JsonSerializer.Serialize(new BenchProductId(Guid.NewGuid()), WireJson.Options),
        Kind.RangeOnePercentTouched when i % 100 == 0 => JsonSerializer.Serialize(new BenchPriceLimit(ReactorCost.TouchedLimit + i), WireJson.Options),
        _ => JsonSerializer.Serialize(new BenchPriceLimit(i + 1), WireJson.Options),
    };
}
