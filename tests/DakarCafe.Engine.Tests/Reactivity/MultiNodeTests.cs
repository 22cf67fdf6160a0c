using DakarCafe.Engine.TestNode.Domain;
using DakarCafe.Fixtures;
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
