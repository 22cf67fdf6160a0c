using DakarCafe.Client;
using DakarCafe.Client.Auth;
using DakarCafe.Protocol;

namespace DakarCafe.Fixtures;

/// <summary>
/// An SDK client of a cluster, through its proxy, for the fault tests: the value it follows live (a number that only
/// grows, such as a cart's quantity or a price), how many of its mutations were answered, and how often it reconnected.
/// </summary>
public sealed class ClusterClient : IAsyncDisposable
{
    private readonly List<IAsyncDisposable> _subscriptions = [];
    private long _live = -1;
    private int _answered;
    private int _reconnects;

    private ClusterClient(DakarCafeClient client)
    {
        Client = client;
        Client.ConnectionStateChanged += state =>
        {
            if (state.Status == ConnectionStatus.Reconnecting && state.Attempt <= 1)
            {
                Interlocked.Increment(ref _reconnects);
            }
        };
    }

    public DakarCafeClient Client { get; }

    /// <summary>The followed value as the client holds it now (-1 before its first result).</summary>
    public long Live => Interlocked.Read(ref _live);

    /// <summary>The mutations counted by <see cref="CountAnswer"/>.</summary>
    public int Answered => Volatile.Read(ref _answered);

    public static async Task<ClusterClient> ConnectAsync(Uri address, IAccessTokenProvider? tokens)
    {
        var participant = new ClusterClient(new DakarCafeClient(new DakarCafeClientOptions { ServerUrl = address, TokenProvider = tokens }));
        await participant.Client.ConnectAsync(Deadlines.Within(TimeSpan.FromMinutes(1)));
        return participant;
    }

    /// <summary>Subscribes to a query and keeps <see cref="Live"/> as <paramref name="measure"/> of its newest result.</summary>
    public async Task FollowAsync<TArgs, TResult>(QueryReference<TArgs, TResult> query, TArgs args, Func<TResult, long> measure)
        where TArgs : notnull
    {
        var subscription = await Client.SubscribeAsync(query, args, Deadlines.Within(TimeSpan.FromMinutes(1)));
        subscription.Changed += s =>
        {
            if (s.HasResult && s.Value is { } value)
            {
                Interlocked.Exchange(ref _live, measure(value));
            }
        };
        await subscription.ResultAsync(Deadlines.Within(TimeSpan.FromMinutes(1)));
        if (subscription.Value is { } first)
        {
            Interlocked.CompareExchange(ref _live, measure(first), -1);
        }

        _subscriptions.Add(subscription);
    }

    /// <summary>Counts one mutation the server answered.</summary>
    public void CountAnswer() => Interlocked.Increment(ref _answered);

    /// <summary>How many times the connection dropped since the last call.</summary>
    public int TakeReconnects() => Interlocked.Exchange(ref _reconnects, 0);

    public async ValueTask DisposeAsync()
    {
        foreach (var subscription in _subscriptions)
        {
            await subscription.DisposeAsync();
        }

        await Client.DisposeAsync();
    }
}
