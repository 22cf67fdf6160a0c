using System.Net;
using System.Net.Http.Json;
using DakarCafe.Engine.LocalPostgres;
using DakarCafe.Fixtures;
using DakarCafe.Schema.Health;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace DakarCafe.Server.Tests.Health;

public sealed class HealthTests(PostgresServer postgres) : IAsyncLifetime
{
    private readonly string _folder = TempFolders.Create("health");
    private readonly List<IAsyncDisposable> _owned = [];

    [Fact]
    public async Task Health_is_200_with_the_database_connected()
    {
        var server = Own(await ShopServer.StartAsync(await postgres.CreateDatabaseAsync("health")));

        var (status, health) = await GetHealthAsync(server);

        status.Should().Be(HttpStatusCode.OK);
        health.Status.Should().Be("healthy");
        health.Database.Should().Be("connected");
        health.Timestamp.Offset.Should().Be(TimeSpan.Zero);
    }

    [Fact]
    public async Task Health_is_503_naming_the_database_while_it_is_down_and_recovers_when_it_returns()
    {
        var cluster = await StartClusterAsync(port: 0);
        var port = cluster.Port;
        var server = Own(await ShopServer.StartAsync(cluster.ConnectionString));
        (await GetHealthAsync(server)).Status.Should().Be(HttpStatusCode.OK);

        await cluster.StopAsync();
        var (downStatus, down) = await GetHealthAsync(server);

        downStatus.Should().Be(HttpStatusCode.ServiceUnavailable);
        down.Status.Should().Be("unhealthy");
        down.Database.Should().Be("unreachable");

        await StartClusterAsync(port);
        var (upStatus, up) = await GetHealthAsync(server);

        upStatus.Should().Be(HttpStatusCode.OK);
        up.Database.Should().Be("connected");
    }

    [Fact]
    public async Task Server_starts_while_the_configured_database_is_unreachable_and_recovers_when_it_appears()
    {
        var port = TestPorts.FreeLoopback();
        var connectionString = new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1",
            Port = port,
            Username = "postgres",
            Database = "shop",
        }.ConnectionString;
        var server = Own(await ShopServer.StartAsync(connectionString, waitUntilServing: false));

        var (down, health) = await GetHealthAsync(server);
        down.Should().Be(HttpStatusCode.ServiceUnavailable);
        health.Database.Should().Be("unreachable");

        await StartClusterAsync(port);

        using var http = server.CreateSocketClient();
        using var up = await HealthPolling.WaitForStatusAsync(http, HttpStatusCode.OK, TimeSpan.FromSeconds(30), "the engine and auth retry until the database answers");
    }

    private async Task<LocalPostgresCluster> StartClusterAsync(int port)
    {
        var cluster = await LocalPostgresCluster.StartAsync(
            new LocalPostgresOptions { DataDirectory = Path.Combine(_folder, "data"), Database = "shop", Port = port },
            NullLogger.Instance);
        _owned.Add(cluster);
        return cluster;
    }

    private static async Task<(HttpStatusCode Status, ServiceHealth Health)> GetHealthAsync(ShopServer server)
    {
        using var http = server.CreateSocketClient();
        using var response = await http.GetAsync(new Uri("/health", UriKind.Relative));
        var body = await response.Content.ReadFromJsonAsync<ServiceHealth>();
        return (response.StatusCode, body!);
    }

    private T Own<T>(T resource) where T : IAsyncDisposable
    {
        _owned.Add(resource);
        return resource;
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        foreach (var resource in Enumerable.Reverse(_owned))
        {
            await resource.DisposeAsync();
        }

        TempFolders.Delete(_folder);
    }
}
