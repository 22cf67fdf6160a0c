using System.Text.Json;
using DakarCafe.Client.Auth;
using DakarCafe.Fixtures;
using DakarCafe.Protocol;
using DakarCafe.Schema;
using DakarCafe.Schema.Products;

namespace DakarCafe.Client.Tests.Connection;

/// <summary>The client between a chaos proxy and a real server: answers lost, connections reset or closed, a network gone silent, refusals it must wait out.</summary>
public sealed class ChaosProxyTests(PostgresServer postgres) : ShopTest(postgres)
{
    [Theory]
    [InlineData(ChaosDrop.Reset)]
    [InlineData(ChaosDrop.Close)]
    public async Task A_mutation_whose_answer_is_lost_with_its_connection_is_applied_exactly_once_and_answered_once(ChaosDrop drop)
    {
        var token = await SignInAsAsync("admin");
        var direct = await ConnectAsync(token);
        var product = await direct.MutateAsync(Api.Products.Create, TestProducts.Capsule("Ristretto", 3_500, stock: 10), Within());
        await using var proxy = ChaosProxy.To(Server.BaseAddress);
        var client = await ConnectThroughAsync(proxy, token);

        proxy.BlackHole = ChaosDirection.ToClient;
        var restocking = client.MutateAsync(Api.Products.AdjustStock, new AdjustStockArgs(product, 1), Within());
        await StockReachesAsync(direct, product, 11);
        restocking.IsCompleted.Should().BeFalse("its answer went into the black hole");
        proxy.Drop(drop);
        proxy.Heal();

        (await restocking).Inventory.Stock.Should().Be(11, "the resend after the reconnect was answered from the first commit's receipt");
        (await direct.QueryAsync(Api.Products.GetProduct, new GetProductArgs(Id: product), Within())).Inventory.Stock.Should().Be(11);
        proxy.Forwarded.Should().BeGreaterThanOrEqualTo(2, "the client came back on a new connection");
        client.ConnectionState.Status.Should().Be(ConnectionStatus.Connected);
    }

    [Fact]
    public async Task A_network_gone_silent_is_noticed_within_the_server_timeout_and_attempts_into_it_are_abandoned_until_it_heals()
    {
        var node = await StartServerAsync(settings: new Dictionary<string, string?> { ["Engine:Limits:KeepAliveInterval"] = "00:00:00.500" });
        var token = await SignInAsAsync("admin");
        var product = await (await ConnectAsync(token, node)).MutateAsync(Api.Products.Create, TestProducts.Capsule("Lungo", 3_000, stock: 5), Within());
        await using var proxy = ChaosProxy.To(node.BaseAddress);
        var client = await ConnectThroughAsync(proxy, token, serverTimeout: TimeSpan.FromSeconds(2));
        var live = await client.SubscribeAsync(Api.Products.SubscribeToProductChanges, new ProductIdArgs(product), Within());
        await live.ResultAsync(Within());
        var states = Record(client);

        proxy.BlackHole = ChaosDirection.Both;
        await Deadlines.UntilAsync(() => Snapshot(states).Any(s => s.Status == ConnectionStatus.Reconnecting && s.Attempt >= 2),
            "the silence noticed by the keep-alive and a first attempt abandoned");
        client.ConnectionState.Status.Should().Be(ConnectionStatus.Reconnecting);
        var restocking = client.MutateAsync(Api.Products.AdjustStock, new AdjustStockArgs(product, 2), Within());
        proxy.Heal();

        (await restocking).Inventory.Stock.Should().Be(7);
        (await live.WaitForAsync(p => p.Stock == 7, Within())).Stock.Should().Be(7, "the live query resumed after the network healed");
        Snapshot(states).Should().Contain(s => s.Status == ConnectionStatus.Reconnecting && s.LastError != null && s.LastError.Contains("timeout", StringComparison.OrdinalIgnoreCase),
            "an attempt into the silence was abandoned after the connect timeout, not left hanging");
        client.ConnectionState.Status.Should().Be(ConnectionStatus.Connected);
    }

    [Fact]
    public async Task A_mutation_that_timed_out_is_resent_under_its_request_id_and_answered_from_its_receipt()
    {
        var token = await SignInAsAsync("admin");
        var direct = await ConnectAsync(token);
        var product = await direct.MutateAsync(Api.Products.Create, TestProducts.Capsule("Doppio", 3_200, stock: 20), Within());
        await using var proxy = ChaosProxy.To(Server.BaseAddress);
        var client = await ConnectThroughAsync(proxy, token, callTimeout: TimeSpan.FromSeconds(1));
        var args = new AdjustStockArgs(product, 3);

        proxy.BlackHole = ChaosDirection.ToClient;
        var timedOut = await Assert.ThrowsAsync<DakarCafeException>(() => client.MutateAsync(Api.Products.AdjustStock, args, Within()));
        await StockReachesAsync(direct, product, 23);
        proxy.Drop(ChaosDrop.Reset);
        proxy.Heal();
        var requestId = JsonDocument.Parse(timedOut.Error.Data!).RootElement.GetProperty("requestId").GetInt64();

        timedOut.Code.Should().Be(ErrorCodes.Timeout);
        (await client.ResendMutationAsync(Api.Products.AdjustStock, args, requestId, Within())).Inventory.Stock.Should().Be(23, "answered from its receipt");
        (await direct.QueryAsync(Api.Products.GetProduct, new GetProductArgs(Id: product), Within())).Inventory.Stock.Should().Be(23, "applied once");
        await FluentActions.Awaiting(() => client.ResendMutationAsync(Api.Products.AdjustStock, args, requestId + 1_000, Within()))
            .Should().ThrowAsync<ArgumentOutOfRangeException>("an id this client never used would be reused by a later mutation");
    }

    [Fact]
    public async Task A_subscription_refused_as_RATE_LIMITED_is_asked_for_again_once_allowed_without_a_reconnect()
    {
        var node = await StartServerAsync(settings: new Dictionary<string, string?>
        {
            ["Engine:Limits:SubscriptionBurst"] = "2",
            ["Engine:Limits:SubscriptionsPerSecond"] = "2",
        });
        var client = await ConnectAsync(server: node);
        var refusals = 0;
        var subscriptions = new List<QuerySubscription<ProductPage>>();
        foreach (var limit in Enumerable.Range(1, 5))
        {
            var subscription = await client.SubscribeAsync(Api.Products.GetProducts, new GetProductsArgs(Limit: limit), Within());
            subscription.Changed += s => Interlocked.Add(ref refusals, s.Error?.Code == ErrorCodes.RateLimited ? 1 : 0);
            Interlocked.Add(ref refusals, subscription.Error?.Code == ErrorCodes.RateLimited ? 1 : 0);
            subscriptions.Add(subscription);
        }

        var connection = client.ConnectionId;
        await Deadlines.UntilAsync(() => subscriptions.All(s => s is { HasResult: true, Error: null }), "every subscription answered");

        Volatile.Read(ref refusals).Should().BePositive("five subscriptions at once are more than the burst of two");
        client.ConnectionId.Should().Be(connection, "they were asked for again on the same connection");
    }

    private async Task<DakarCafeClient> ConnectThroughAsync(ChaosProxy proxy, string token, TimeSpan? serverTimeout = null, TimeSpan? callTimeout = null)
    {
        var client = Own(new DakarCafeClient(new DakarCafeClientOptions
        {
            ServerUrl = proxy.Url,
            TokenProvider = new FixedAccessToken(token),
            ReconnectDelay = TimeSpan.FromMilliseconds(100),
            MaxReconnectDelay = TimeSpan.FromMilliseconds(500),
            ConnectTimeout = TimeSpan.FromSeconds(1),
            ServerTimeout = serverTimeout ?? TimeSpan.FromSeconds(30),
            CallTimeout = callTimeout ?? TimeSpan.FromSeconds(30),
        }));
        await client.ConnectAsync(Within());
        return client;
    }

    private static async Task StockReachesAsync(DakarCafeClient client, Guid product, int stock) =>
        await Deadlines.UntilAsync(async () => (await client.QueryAsync(Api.Products.GetProduct, new GetProductArgs(Id: product), Within())).Inventory.Stock == stock,
            $"the stock at {stock}");

    private static List<ConnectionState> Record(DakarCafeClient client)
    {
        var states = new List<ConnectionState>();
        client.ConnectionStateChanged += state =>
        {
            lock (states)
            {
                states.Add(state);
            }
        };
        return states;
    }

    private static List<ConnectionState> Snapshot(List<ConnectionState> states)
    {
        lock (states)
        {
            return [.. states];
        }
    }
}
