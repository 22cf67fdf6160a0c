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
    private readonly Lock _gate = new();
    private long _live = -1;
    private int _answered;
    private int _reconnects;
    private long _awaySince;
    private Reconnection? _longest;
    private int _attempts;
    private string? _lastError;

    private ClusterClient(DakarCafeClient client)
    {
        Client = client;
        Client.ConnectionStateChanged += Observe;
    }

    /// <summary>How long a client was away before it was connected again, after how many attempts, and the last attempt's error.</summary>
    public sealed record Reconnection(TimeSpan Away, int Attempts, string? LastError);

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

    /// <summary>How many times the connection dropped since the last call, and the longest time it took to come back.</summary>
    public (int Reconnects, Reconnection? Longest) TakeReconnects()
    {
        lock (_gate)
        {
            var taken = (_reconnects, _longest);
            (_reconnects, _longest) = (0, null);
            return taken;
        }
    }

    private void Observe(ConnectionState state)
    {
        lock (_gate)
        {
            if (state.Status == ConnectionStatus.Reconnecting && _awaySince == 0)
            {
                (_awaySince, _reconnects, _attempts) = (System.Diagnostics.Stopwatch.GetTimestamp(), _reconnects + 1, 0);
            }

            if (state.Status == ConnectionStatus.Reconnecting)
            {
                (_attempts, _lastError) = (Math.Max(_attempts, state.Attempt), state.LastError ?? _lastError);
            }
            else if (state.Status == ConnectionStatus.Connected && _awaySince != 0)
            {
                var away = System.Diagnostics.Stopwatch.GetElapsedTime(_awaySince);
                if (_longest is null || away > _longest.Away)
                {
                    _longest = new Reconnection(away, _attempts, _lastError);
                }

                (_awaySince, _lastError) = (0, null);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var subscription in _subscriptions)
        {
            await subscription.DisposeAsync();
        }

        await Client.DisposeAsync();
    }
}
