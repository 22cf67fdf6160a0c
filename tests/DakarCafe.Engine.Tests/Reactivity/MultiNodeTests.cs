using System.Diagnostics;
using System.Net;
using System.Net.WebSockets;
using DakarCafe.Client;
using DakarCafe.Engine.TestNode.Domain;
using DakarCafe.Fixtures;
using DakarCafe.Protocol;
using Npgsql;

namespace DakarCafe.Engine.Tests.Reactivity;

public sealed class MultiNodeTests(PostgresServer postgres) : EngineTest(postgres)
{
    [Fact]
    public async Task A_commit_made_through_one_node_is_pushed_by_a_second_node_in_another_process()
    {
        await using var node = await ServerProcess.StartAsync(typeof(TestModule).Assembly.Location, ConnectionString);
        await using var onOtherNode = new Client.DakarCafeClient(new Client.DakarCafeClientOptions { ServerUrl = node.BaseAddress });
        await onOtherNode.ConnectAsync(Within());
        var counter = await onOtherNode.SubscribeAsync<Counter?>("counters:get", new CounterId("across"), Within());
        await counter.ResultAsync(Within());
        var writer = await ConnectAsync();

        var value = await writer.MutateAsync<long>("counters:increment", new CounterId("across"), Within());

        value.Should().Be(1);
        (await counter.WaitForAsync(c => c?.Value == 1, Within()))!.Value.Should().Be(1);
    }

    [Fact]
    public async Task A_stopping_node_refuses_new_sync_connections_with_503_so_a_proxy_sends_them_to_another_node()
    {
        // Told to stop, the node takes 10 s before its web server stops listening (a part of it finishing its work).
        var start = new ProcessStartInfo("dotnet", [typeof(TestModule).Assembly.Location, ConnectionString])
        {
            Environment = { ["TESTNODE_STOPPING_SECONDS"] = "10" },
        };
        await using var node = await ServerProcess.StartAsync(start, ct: TestContext.Current.CancellationToken);
        await using var client = new DakarCafeClient(new DakarCafeClientOptions { ServerUrl = node.BaseAddress });
        await client.ConnectAsync(Within());
        var counter = await client.SubscribeAsync<Counter?>("counters:get", new CounterId("drain"), Within());
        await counter.ResultAsync(Within());
        var dropped = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        client.ConnectionStateChanged += state =>
        {
            if (state.Status == ConnectionStatus.Reconnecting)
            {
                dropped.TrySetResult();
            }
        };

        var stopping = node.TerminateAsync();

        // Until the signal lands a new connection is taken; from then on it must be refused with 503, never held.
        var refusal = await FirstRefusalAsync(new UriBuilder(new Uri(node.BaseAddress, SyncHubMethods.Path)) { Scheme = "ws" }.Uri);
        refusal.Should().Be(HttpStatusCode.ServiceUnavailable, "a stopping node takes no new client, and a proxy tries the next node on 503");
        await dropped.Task.WaitAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);
        (await stopping).Should().Be(0);
    }

    [Fact]
    public async Task A_node_that_is_not_ready_refuses_sync_connections_with_503_instead_of_holding_them()
    {
        // Its database does not answer (nothing listens on that port), so its reactor never gets ready.
        var unreachable = $"Host=127.0.0.1;Port={TestPorts.FreeLoopback()};Username=postgres;Database=none;Timeout=2";
        await using var node = await ServerProcess.StartAsync(typeof(TestModule).Assembly.Location, unreachable);

        var refusal = await FirstRefusalAsync(new UriBuilder(new Uri(node.BaseAddress, SyncHubMethods.Path)) { Scheme = "ws" }.Uri);

        refusal.Should().Be(HttpStatusCode.ServiceUnavailable, "a node that cannot serve yet sends the client on (a proxy tries the next node on 503)");
    }

    /// <summary>Opens sync sockets to <paramref name="hub"/> until one is refused: the refusal's HTTP status, or 0 when the listener was gone.</summary>
    private static async Task<HttpStatusCode> FirstRefusalAsync(Uri hub)
    {
        for (var attempt = 0; attempt < 300; attempt++)
        {
            using var socket = new ClientWebSocket { Options = { CollectHttpResponseDetails = true } };
            try
            {
                await socket.ConnectAsync(hub, Within());
            }
            catch (WebSocketException)
            {
                return socket.HttpStatusCode;
            }

            socket.Abort();
            await Task.Delay(TimeSpan.FromMilliseconds(50), TestContext.Current.CancellationToken);
        }

        throw new TimeoutException("The node kept taking new sync connections.");
    }

    [Fact]
    public async Task A_node_whose_listener_connection_is_killed_catches_up_on_the_commits_it_missed()
    {
        var writerNode = await StartHostAsync();
        var reader = await ConnectAsync();
        var counter = await reader.SubscribeAsync<Counter?>("counters:get", new CounterId("missed"), Within());
        await counter.ResultAsync(Within());

        await using (var admin = new NpgsqlConnection(ConnectionString))
        {
            await admin.OpenAsync(Within());
            await using var kill = new NpgsqlCommand(
                "select count(pg_terminate_backend(pid)) from pg_stat_activity where datname = current_database() and query like 'listen %'", admin);
            ((long)(await kill.ExecuteScalarAsync(Within()))!).Should().BeGreaterThan(0);
        }

        var writer = await writerNode.ConnectAsync();
        await writer.MutateAsync<long>("counters:increment", new CounterId("missed"), Within());

        (await counter.WaitForAsync(c => c?.Value == 1, Within()))!.Value.Should().Be(1);
    }
}
