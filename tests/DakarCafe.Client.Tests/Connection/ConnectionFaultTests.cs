using System.Text.Json;
using DakarCafe.Client.Auth;
using DakarCafe.Fixtures;
using DakarCafe.Protocol;
using DakarCafe.Schema;
using DakarCafe.Schema.Analytics;
using DakarCafe.Schema.Products;

namespace DakarCafe.Client.Tests.Connection;

/// <summary>What calls do while the server is away: they wait for it within their timeout, and no call is left pending.</summary>
public sealed class ConnectionFaultTests(PostgresServer postgres) : ShopTest(postgres)
{
    [Fact]
    public async Task Connecting_to_a_server_not_up_yet_retries_with_backoff_and_reports_each_state()
    {
        var port = TestPorts.FreeLoopback();
        var client = Own(new DakarCafeClient(Options(new Uri($"http://127.0.0.1:{port}"), token: null, TimeSpan.FromMinutes(1))));
        var states = new List<ConnectionState>();
        client.ConnectionStateChanged += state =>
        {
            lock (states)
            {
                states.Add(state);
            }
        };
        client.ConnectionState.Status.Should().Be(ConnectionStatus.Idle);

        var connecting = client.ConnectAsync(Within());
        for (var deadline = Within(); Retries() < 2; await Task.Delay(25, deadline))
        {
        }

        await StartServerAsync(port);
        await connecting;

        client.ConnectionState.Status.Should().Be(ConnectionStatus.Connected);
        lock (states)
        {
            states[0].Status.Should().Be(ConnectionStatus.Connecting);
            var retries = states.Where(s => s.Status == ConnectionStatus.Reconnecting).ToList();
            retries.Select(s => s.Attempt).Should().StartWith([1, 2]);
            retries.Should().OnlyContain(s => s.NextDelay > TimeSpan.Zero && s.NextDelay <= TimeSpan.FromMilliseconds(500) && s.LastError != null);
        }

        (await client.QueryAsync(Api.Products.GetProducts, new GetProductsArgs(Limit: 1), Within())).Should().NotBeNull();
        await client.DisposeAsync();
        client.ConnectionState.Status.Should().Be(ConnectionStatus.Closed);

        int Retries()
        {
            lock (states)
            {
                return states.Count(s => s.Status == ConnectionStatus.Reconnecting);
            }
        }
    }

    [Fact]
    public async Task Calls_made_while_the_server_is_away_wait_for_it_and_fail_with_TIMEOUT_past_their_timeout()
    {
        var port = TestPorts.FreeLoopback();
        var node = await StartServerAsync(port);
        var token = await SignInAsAsync("user");
        var shopper = await ConnectAsync(node, token, TimeSpan.FromMilliseconds(500));
        var patient = await ConnectAsync(node, token, TimeSpan.FromMinutes(1));
        var products = await shopper.QueryAsync(Api.Products.GetProducts, new GetProductsArgs(Limit: 1), Within());

        await node.DisposeAsync();
        var query = await FailureOf(shopper.QueryAsync(Api.Products.GetProducts, new GetProductsArgs(Limit: 1), Within()));
        var action = await FailureOf(shopper.ActionAsync(Api.Analytics.TrackEvent, new TrackedEvent("never_sent"), Within()));
        var mutation = await FailureOf(shopper.MutateAsync(Api.Cart.ClearCart, new NoArgs(), Within()));
        var waiting = patient.QueryAsync(Api.Products.GetProducts, new GetProductsArgs(Limit: 1), Within());
        await StartServerAsync(port);

        (query.Code, action.Code, mutation.Code).Should().Be((ErrorCodes.Timeout, ErrorCodes.Timeout, ErrorCodes.Timeout));
        JsonDocument.Parse(mutation.Error.Data!).RootElement.GetProperty("requestId").GetInt64().Should().BePositive("a mutation that timed out may be resent under it");
        (await waiting).Items.Select(p => p.Id).Should().Equal(products.Items.Select(p => p.Id), "a query made while the server was away ran once it was back");
    }

    [Fact]
    public async Task Disposing_settles_every_call_still_waiting_with_CLIENT_CLOSED_and_later_calls_fail_with_it()
    {
        var port = TestPorts.FreeLoopback();
        var node = await StartServerAsync(port);
        var client = await ConnectAsync(node, await SignInAsAsync("user"), TimeSpan.FromMinutes(1));
        await node.DisposeAsync();
        var mutation = client.MutateAsync(Api.Cart.ClearCart, new NoArgs(), Within());
        var query = client.QueryAsync(Api.Products.GetProducts, new GetProductsArgs(Limit: 1), Within());

        var disposing = client.DisposeAsync();
        var failures = await Task.WhenAll(FailureOf(mutation), FailureOf(query));
        await disposing;

        failures.Select(f => f.Code).Should().Equal(ErrorCodes.ClientClosed, ErrorCodes.ClientClosed);
        (await FailureOf(client.QueryAsync(Api.Products.GetProducts, new GetProductsArgs(Limit: 1), Within()))).Code.Should().Be(ErrorCodes.ClientClosed);
    }

    private async Task<DakarCafeClient> ConnectAsync(ShopServer server, string token, TimeSpan callTimeout)
    {
        var client = Own(new DakarCafeClient(Options(server.BaseAddress, token, callTimeout)));
        await client.ConnectAsync(Within());
        return client;
    }

    private static DakarCafeClientOptions Options(Uri server, string? token, TimeSpan callTimeout) => new()
    {
        ServerUrl = server,
        TokenProvider = token is null ? null : new FixedAccessToken(token),
        CallTimeout = callTimeout,
        ReconnectDelay = TimeSpan.FromMilliseconds(100),
        MaxReconnectDelay = TimeSpan.FromMilliseconds(500),
    };

    private static async Task<DakarCafeException> FailureOf(Task call)
    {
        var failure = await Record.ExceptionAsync(() => call);
        return failure.Should().BeOfType<DakarCafeException>().Subject;
    }
}
