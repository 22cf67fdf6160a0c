using System.Globalization;
using System.Text.Json;
using DakarCafe.Client;
using DakarCafe.Client.Auth;
using DakarCafe.Fixtures;
using DakarCafe.Protocol;
using DakarCafe.Schema;
using DakarCafe.Schema.Cart;
using DakarCafe.Schema.Products;

namespace DakarCafe.Bench;

/// <summary>
/// Steady traffic from SDK clients through a cluster's proxy: shoppers adding one unit at a time to their carts (each
/// following their cart live), watchers following one product live, and an admin raising its price one franc at a
/// time. Carts and the price only grow, so "a live value caught up with the state at an instant" is a comparison.
/// Every mutation is counted as its client was told (answered or failed), to be checked against the database.
/// </summary>
internal sealed class ClusterTraffic : IAsyncDisposable
{
    private static readonly TimeSpan Pace = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan AnswerWait = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan LiveBound = TimeSpan.FromSeconds(10);

    private readonly Uri _address;
    private readonly List<ClusterClient> _shoppers = [];
    private readonly List<ClusterClient> _watchers = [];
    private readonly MutationTally _tally = new();
    private ClusterClient _admin = null!;
    private Guid _product;
    private CancellationTokenSource _running = new();
    private List<Task> _loops = [];
    private long _lastAnsweredPrice;

    private ClusterTraffic(Uri address) => _address = address;

    public Guid Product => _product;

    public static async Task<ClusterTraffic> StartAsync(Uri address, int shoppers, int watchers)
    {
        var traffic = new ClusterTraffic(address);
        using var http = new HttpClient { BaseAddress = address };
        var tokens = new TokenClient(http);
        traffic._admin = await ClusterClient.ConnectAsync(address, new PasswordSignIn(address, "admin@dakarcafe.sn", "Admin-Teranga-2026"));
        traffic._product = await traffic._admin.Client.MutateAsync(Api.Products.Create, ShopScenarios.Product(1));
        traffic._lastAnsweredPrice = (await traffic._admin.Client.QueryAsync(Api.Products.GetProduct, new GetProductArgs(Id: traffic._product))).Price;
        for (var i = 0; i < shoppers; i++)
        {
            var token = (await tokens.SignUpAndSignInAsync($"shopper{i}-{Guid.NewGuid():N}@bench.sn")).AccessToken;
            var shopper = await ClusterClient.ConnectAsync(address, new FixedAccessToken(token));
            await shopper.FollowAsync(Api.Cart.GetCart, new NoArgs(), cart => QuantityOf(cart, traffic._product));
            traffic._shoppers.Add(shopper);
        }

        for (var i = 0; i < watchers; i++)
        {
            var watcher = await ClusterClient.ConnectAsync(address, tokens: null);
            await watcher.FollowAsync(Api.Products.GetProduct, new GetProductArgs(Id: traffic._product), product => product.Price);
            traffic._watchers.Add(watcher);
        }

        return traffic;
    }

    /// <summary>Starts the shoppers' and the admin's loops.</summary>
    public void Run()
    {
        _running = new CancellationTokenSource();
        _loops = [.. _shoppers.Select(s => LoopAsync(() => AddAsync(s), _running.Token)), LoopAsync(RaisePriceAsync, _running.Token)];
    }

    /// <summary>Stops starting mutations and waits until every one started is answered (or has failed).</summary>
    public async Task QuiesceAsync()
    {
        await _running.CancelAsync();
        await Task.WhenAll(_loops);
        _running.Dispose();
    }

    /// <summary>What the clients saw since the last call: mutation answer times, failures by code, reconnects.</summary>
    public string TakeObservations()
    {
        var (latencies, failures) = _tally.Take();
        var everyone = _shoppers.Concat(_watchers).Append(_admin).ToList();
        var reconnects = everyone.Select(p => p.TakeReconnects()).ToList();
        var longest = reconnects.Select(r => r.Longest).OfType<ClusterClient.Reconnection>().MaxBy(r => r.Away);
        var slowest = longest is null ? "" : string.Create(CultureInfo.InvariantCulture,
            $" (the longest away {longest.Away.TotalSeconds:0.00} s, {longest.Attempts} attempts, last error: {longest.LastError ?? "none"})");
        return $"{latencies.Count} mutations answered in {latencies.Summary}; failures: {failures}; " +
            $"{reconnects.Count(r => r.Reconnects > 0)} of {everyone.Count} clients reconnected{slowest}";
    }

    /// <summary>The clients not connected now (reconnecting after their node went away).</summary>
    public int Disconnected => _shoppers.Concat(_watchers).Append(_admin).Count(c => c.Client.ConnectionState.Status != ConnectionStatus.Connected);

    /// <summary>The price the admin was last told it set.</summary>
    public long LastAnsweredPrice => Volatile.Read(ref _lastAnsweredPrice);

    /// <summary>
    /// The state the live values must reach: each shopper's answered adds and the last answered price, now. The
    /// returned task ends when every client is connected and every live value (each cart, each watcher's price) has
    /// caught up with it: a client whose node died has reconnected and resubscribed by then.
    /// </summary>
    public Task CaughtUpAsync(TimeSpan within)
    {
        var carts = _shoppers.Select(s => (s, s.Answered)).ToList();
        var price = LastAnsweredPrice;
        var everyone = _shoppers.Concat(_watchers).Append(_admin).ToList();
        return Deadlines.UntilAsync(() => everyone.All(c => c.Client.ConnectionState.Status == ConnectionStatus.Connected) &&
            carts.All(c => c.s.Live >= c.Answered) && _watchers.All(w => w.Live >= price), "every client connected and every live value caught up", within);
    }

    /// <summary>With the traffic stopped: per shopper and for the price, what is stored against what the clients were told.</summary>
    public async Task<(int Lost, int Doubled, bool LiveEqualsStored)> CheckAsync()
    {
        var (lost, doubled, liveEqualsStored) = (0, 0, true);
        foreach (var shopper in _shoppers)
        {
            var stored = QuantityOf(await shopper.Client.QueryAsync(Api.Cart.GetCart, new NoArgs()), _product);
            lost += Math.Max(0, shopper.Answered - stored);
            doubled += Math.Max(0, stored - shopper.Answered);
            liveEqualsStored &= await Deadlines.HoldsWithinAsync(() => shopper.Live == stored, LiveBound);
        }

        var price = (await _admin.Client.QueryAsync(Api.Products.GetProduct, new GetProductArgs(Id: _product))).Price;
        var answered = Volatile.Read(ref _lastAnsweredPrice);
        lost += price < answered ? 1 : 0;
        doubled += price > answered ? 1 : 0;
        foreach (var watcher in _watchers)
        {
            liveEqualsStored &= await Deadlines.HoldsWithinAsync(() => watcher.Live == price, LiveBound);
        }

        return (lost, doubled, liveEqualsStored);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var participant in _shoppers.Concat(_watchers).Append(_admin))
        {
            await participant.DisposeAsync();
        }
    }

    private static int QuantityOf(CartView? cart, Guid product) => cart?.Lines.Where(l => l.ProductId == product).Sum(l => l.Quantity) ?? 0;

    private async Task LoopAsync(Func<Task> mutation, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            await _tally.TimeAsync(mutation);
            try
            {
                await Task.Delay(Pace, stop);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task AddAsync(ClusterClient shopper)
    {
        await UntilAnsweredAsync(shopper.Client, Api.Cart.AddToCart, new CartItemArgs(_product, 1));
        shopper.CountAnswer();
    }

    private async Task RaisePriceAsync()
    {
        var next = Volatile.Read(ref _lastAnsweredPrice) + 1;
        var product = await UntilAnsweredAsync(_admin.Client, Api.Products.SetPrice, new SetPriceArgs(_product, next));
        Volatile.Write(ref _lastAnsweredPrice, product.Price);
    }

    /// <summary>
    /// A mutation, sent again under its request id each time it times out (as an app does with a <c>TIMEOUT</c>): its
    /// receipt answers it if it was applied, so it is applied once and answered once. Timeouts are counted.
    /// </summary>
    private async Task<TResult> UntilAnsweredAsync<TArgs, TResult>(DakarCafeClient client, MutationReference<TArgs, TResult> mutation, TArgs args)
        where TArgs : notnull
    {
        using var wait = new CancellationTokenSource(AnswerWait);
        long? requestId = null;
        while (true)
        {
            try
            {
                return requestId is { } id
                    ? await client.ResendMutationAsync(mutation, args, id, wait.Token)
                    : await client.MutateAsync(mutation, args, wait.Token);
            }
            catch (DakarCafeException e) when (e.Code == ErrorCodes.Timeout && !wait.IsCancellationRequested)
            {
                _tally.Fail("TIMEOUT (resent)");
                requestId ??= RequestIdOf(e.Error);
            }
        }
    }

    private static long RequestIdOf(ErrorInfo error)
    {
        using var data = JsonDocument.Parse(error.Data!);
        return data.RootElement.GetProperty("requestId").GetInt64();
    }
}
