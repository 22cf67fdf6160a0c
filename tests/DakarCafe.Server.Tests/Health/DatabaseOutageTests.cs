using System.Net;
using System.Text.Json;
using DakarCafe.Engine.Storage;
using DakarCafe.Fixtures;
using DakarCafe.Protocol;
using DakarCafe.Schema;
using DakarCafe.Schema.Products;
using Microsoft.AspNetCore.SignalR.Client;
using Npgsql;

namespace DakarCafe.Server.Tests.Health;

/// <summary>
/// The server's PostgreSQL restarts or goes away (its connections go through a <see cref="ChaosProxy"/>): no call
/// answers 500 or <c>INTERNAL_ERROR</c> because of it, callers are told <c>UNAVAILABLE</c> with the time to wait,
/// and nothing is lost or applied twice.
/// </summary>
public sealed class DatabaseOutageTests(PostgresServer postgres) : ShopTest(postgres)
{
    private ChaosProxy _database = null!;

    protected override Task BeforeServerStartsAsync()
    {
        _database = Own(ChaosProxy.To(new NpgsqlConnectionStringBuilder(ConnectionString).Port));
        return Task.CompletedTask;
    }

    protected override IReadOnlyDictionary<string, string?> ServerSettings => new Dictionary<string, string?>
    {
        [PostgresEndpoint.ConnectionStringKey] = new NpgsqlConnectionStringBuilder(ConnectionString) { Port = _database.Port }.ConnectionString,
    };

    [Fact]
    public async Task During_an_outage_calls_answer_UNAVAILABLE_and_the_sdk_completes_them_once_when_the_database_is_back()
    {
        var token = await SignInAsAsync("admin");
        var admin = await ConnectAsync(token);
        var product = await admin.MutateAsync(Api.Products.Create, TestProducts.Capsule("Volluto", 3_100, stock: 10), Within());
        var shopper = await ConnectAsync();
        var live = await shopper.SubscribeAsync(Api.Products.SubscribeToProductChanges, new ProductIdArgs(product), Within());
        await live.WaitForAsync(p => p.Stock == 10, Within());
        await using var raw = await RawSyncConnection.ConnectAsync(Server.BaseAddress, "outage-raw", accessToken: token);

        _database.Refusing = true;
        _database.Drop(ChaosDrop.Reset);
        var query = await raw.Hub.InvokeAsync<FunctionResult>(SyncHubMethods.Query,
            new FunctionCall(1, "products:getProduct", JsonSerializer.Serialize(new GetProductArgs(Id: product), WireJson.Options)), Within());
        var refusedMutation = await raw.MutateAsync(2, "products:adjustStock", new AdjustStockArgs(product, 1));
        using var signIn = await Server.CreateSocketClient().PostAsync(new Uri("/connect/token", UriKind.Relative), new FormUrlEncodedContent(
            new Dictionary<string, string> { ["grant_type"] = "password", ["client_id"] = TokenClient.App, ["username"] = "a@b.sn", ["password"] = "x" }), Within());
        var duringOutage = Enumerable.Range(0, 3)
            .Select(_ => admin.MutateAsync(Api.Products.AdjustStock, new AdjustStockArgs(product, 1), Within(TimeSpan.FromSeconds(60))))
            .ToList();
        // The outage outlasts one retryAfterMs, so the SDK's mutations are refused and sent again at least once.
        await Task.Delay(TimeSpan.FromMilliseconds(1_500), Within());
        _database.Heal();

        (query.Error?.Code, query.Error?.Data).Should().Match<(string?, string?)>(e => e.Item1 == ErrorCodes.Unavailable && e.Item2!.Contains("retryAfterMs"));
        refusedMutation.Error!.Code.Should().Be(ErrorCodes.Unavailable);
        signIn.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable, "a sign-in while the database is away is refused as retryable, not failed");
        signIn.Headers.RetryAfter.Should().NotBeNull();
        (await signIn.Content.ReadAsStringAsync(Within())).Should().Contain(ErrorCodes.Unavailable);
        await Task.WhenAll(duringOutage);
        (await raw.MutateAsync(2, "products:adjustStock", new AdjustStockArgs(product, 1))).Error.Should().BeNull("the refused mutation resent under its id");
        (await raw.MutateAsync(2, "products:adjustStock", new AdjustStockArgs(product, 1))).Error.Should().BeNull("answered from its receipt");
        (await live.WaitForAsync(p => p.Stock == 14, Within())).Stock.Should().Be(14, "the live query moves on once the database is back");
        (await admin.QueryAsync(Api.Products.GetProduct, new GetProductArgs(Id: product), Within())).Inventory.Stock
            .Should().Be(14, "three mutations made during the outage and one refused then resent: each applied exactly once");
        Server.ErrorLogs.Errors.Should().NotContain(e => e.Message.Contains("correlation id", StringComparison.Ordinal),
            "no function failed with INTERNAL_ERROR because the database was away");
    }

    [Fact]
    public async Task After_a_restart_broke_every_pooled_connection_calls_succeed_and_no_request_answers_500()
    {
        var token = await SignInAsAsync("admin");
        var admin = await ConnectAsync(token);
        var product = await admin.MutateAsync(Api.Products.Create, TestProducts.Capsule("Roma", 3_300, stock: 4), Within());
        await using var raw = await RawSyncConnection.ConnectAsync(Server.BaseAddress, "restart-raw", accessToken: token);
        var email = await CreateAccountAsync("user");

        // What a restart does to every connection the server holds: PostgreSQL ends them (57P01, admin shutdown).
        await TerminateServerConnectionsAsync();
        var query = await raw.Hub.InvokeAsync<FunctionResult>(SyncHubMethods.Query,
            new FunctionCall(1, "products:getProduct", JsonSerializer.Serialize(new GetProductArgs(Id: product), WireJson.Options)), Within());
        var mutation = await raw.MutateAsync(2, "products:adjustStock", new AdjustStockArgs(product, 1));
        var firstSignIn = await Tokens.PasswordGrantAsync(email, TestPassword);

        query.Error.Should().BeNull("a query whose pooled connection was broken runs again on a fresh one");
        mutation.Error.Should().BeNull("so does a mutation, before anything was written");
        if (firstSignIn.Tokens is null)
        {
            firstSignIn.Error.Should().Be("temporarily_unavailable", "a sign-in that met a broken connection is retryable, never a 500");
        }

        (await Tokens.PasswordGrantAsync(email, TestPassword)).Tokens.Should().NotBeNull("the pools were cleared: the next sign-in gets a fresh connection");
        (await admin.QueryAsync(Api.Products.GetProduct, new GetProductArgs(Id: product), Within())).Inventory.Stock.Should().Be(5);
        Server.ErrorLogs.Errors.Should().NotContain(e => e.Message.Contains("correlation id", StringComparison.Ordinal));
    }

    private async Task TerminateServerConnectionsAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString + ";Pooling=false");
        await connection.OpenAsync(Within());
        await using var terminate = new NpgsqlCommand(
            "select count(pg_terminate_backend(pid)) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()", connection);
        ((long)(await terminate.ExecuteScalarAsync(Within()))!).Should().BePositive("the server holds pooled connections to end");
    }
}
