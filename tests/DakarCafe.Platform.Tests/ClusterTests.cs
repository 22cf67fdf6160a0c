using System.Collections.Concurrent;
using DakarCafe.Client;
using DakarCafe.Client.Auth;
using DakarCafe.Fixtures;
using DakarCafe.Schema;
using DakarCafe.Schema.Cart;
using DakarCafe.Schema.Products;

namespace DakarCafe.Platform.Tests;

/// <summary>
/// <c>bash scripts/cluster 2</c>: two nodes behind nginx. A node killed with SIGKILL while shoppers add to their carts
/// through the proxy loses no mutation and applies none twice: its clients reconnect through the proxy to the other
/// node, resend what was not answered, and their live carts reach the stored ones.
/// </summary>
public sealed class ClusterTests
{
    private const int Shoppers = 6;
    private const int AddsPerShopper = 20;
    private static readonly TimeSpan Pace = TimeSpan.FromMilliseconds(100);

    [Fact]
    public async Task A_node_killed_in_the_middle_of_mutations_loses_none_doubles_none_and_its_clients_resume_on_the_other_node()
    {
        var folder = TempFolders.Create("cluster");
        try
        {
            await using var cluster = await ClusterProcess.StartAsync(2, folder, TimeSpan.FromMinutes(4), TestContext.Current.CancellationToken);
            await RunFaultAsync(cluster);

            (await cluster.InterruptAsync(TimeSpan.FromMinutes(1))).Should().Be(130, "Ctrl-C ends the script as interrupted");
            cluster.AliveProcesses().Should().BeEmpty("Ctrl-C stops the proxy, both nodes and PostgreSQL");
        }
        finally
        {
            TempFolders.Delete(folder);
        }
    }

    private static async Task RunFaultAsync(ClusterProcess cluster)
    {
        using var http = new HttpClient { BaseAddress = cluster.Address };
        var tokens = new TokenClient(http);
        var product = await SellableProductAsync(cluster.Address);
        var shoppers = new List<ClusterClient>();
        try
        {
            // Round robin spreads the sockets, but not evenly enough to count on: connect until each node serves some.
            while (shoppers.Count < Shoppers || await ConnectionsAsync(http, cluster.NodeAddress(2)) == 0)
            {
                shoppers.Count.Should().BeLessThan(24, "round robin puts some connections on each node");
                var token = (await tokens.SignUpAndSignInAsync($"cluster-{Guid.NewGuid():N}@example.sn")).AccessToken;
                var shopper = await ClusterClient.ConnectAsync(cluster.Address, new FixedAccessToken(token));
                await shopper.FollowAsync(Api.Cart.GetCart, new NoArgs(), cart => QuantityOf(cart, product));
                shoppers.Add(shopper);
            }

            var onKilledNode = await ConnectionsAsync(http, cluster.NodeAddress(2));
            var failures = new ConcurrentBag<string>();
            var adding = shoppers.Select(s => AddAsync(s, product, failures)).ToList();
            await Deadlines.UntilAsync(() => shoppers.Sum(s => s.Answered) >= shoppers.Count * AddsPerShopper / 4, "a quarter of the adds answered",
                TimeSpan.FromMinutes(1));
            cluster.KillNode(2);
            await Task.WhenAll(adding).WaitAsync(TimeSpan.FromMinutes(2));

            var reconnected = shoppers.Count(s => s.TakeReconnects().Reconnects > 0);
            TestContext.Current.TestOutputHelper?.WriteLine(
                $"{shoppers.Count} shoppers, {onKilledNode} on the killed node, {reconnected} reconnected, {shoppers.Sum(s => s.Answered)} adds answered");
            failures.Should().BeEmpty("every mutation is answered, after a resend when its node died");
            reconnected.Should().BeGreaterThanOrEqualTo((int)onKilledNode, "the killed node's clients reconnect through the proxy");
            foreach (var shopper in shoppers)
            {
                shopper.Answered.Should().Be(AddsPerShopper);
                var stored = QuantityOf(await shopper.Client.QueryAsync(Api.Cart.GetCart, new NoArgs(), Deadlines.Within()), product);
                stored.Should().Be(AddsPerShopper, "each answered add is applied exactly once");
                await Deadlines.UntilAsync(() => shopper.Live == stored, "the live cart shows every add", TimeSpan.FromSeconds(15));
            }
        }
        finally
        {
            foreach (var shopper in shoppers)
            {
                await shopper.DisposeAsync();
            }
        }
    }

    private static async Task AddAsync(ClusterClient shopper, Guid product, ConcurrentBag<string> failures)
    {
        for (var i = 0; i < AddsPerShopper; i++)
        {
            try
            {
                await shopper.Client.MutateAsync(Api.Cart.AddToCart, new CartItemArgs(product, 1), Deadlines.Within(TimeSpan.FromMinutes(1)));
                shopper.CountAnswer();
            }
            catch (DakarCafeException e)
            {
                failures.Add($"{e.Code}: {e.Message}");
            }

            await Task.Delay(Pace);
        }
    }

    private static int QuantityOf(CartView? cart, Guid product) => cart?.Lines.Where(l => l.ProductId == product).Sum(l => l.Quantity) ?? 0;

    /// <summary>A product whose stock takes every shopper's adds (or that keeps no stock count).</summary>
    private static async Task<Guid> SellableProductAsync(Uri address)
    {
        await using var anonymous = new DakarCafeClient(new DakarCafeClientOptions { ServerUrl = address });
        await anonymous.ConnectAsync(Deadlines.Within());
        var page = await anonymous.QueryAsync(Api.Products.GetProducts, new GetProductsArgs(Limit: 100), Deadlines.Within());
        return page.Items.First(p => !p.Inventory.IsTracked || p.Inventory.Stock >= AddsPerShopper).Id;
    }

    /// <summary>The sync connections a node serves, from its own Prometheus endpoint (none before it reports any).</summary>
    private static async Task<long> ConnectionsAsync(HttpClient http, Uri node) =>
        Math.Max(0, SyncMetrics.Connections(await http.GetStringAsync(new Uri(node, "/metrics"))));
}
