using DakarCafe.Engine.Internal.Reactivity;
using DakarCafe.Engine.TestNode.Domain;
using DakarCafe.Fixtures;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace DakarCafe.Engine.Tests.Reactivity;

public sealed class CommitLogRetentionTests(PostgresServer postgres) : EngineTest(postgres)
{
    [Fact]
    public async Task Pruning_empties_the_log_and_live_queries_keep_updating()
    {
        var client = await ConnectAsync();
        var counter = await client.SubscribeAsync<Counter?>("counters:get", new CounterId("pruned"), Within());
        for (var i = 1; i <= 5; i++)
        {
            await client.MutateAsync<long>("counters:increment", new CounterId("pruned"), Within());
        }

        await CommitLogSchema.PruneAsync(Host.Services.GetRequiredService<NpgsqlDataSource>(), TimeSpan.Zero, TimeSpan.FromDays(1), Within());

        (await CountAsync("dakarcafe.writes")).Should().Be(0);
        (await CountAsync("dakarcafe.commits")).Should().Be(0);
        await client.MutateAsync<long>("counters:increment", new CounterId("pruned"), Within());
        counter.Value!.Value.Should().Be(6);
    }

    [Fact]
    public async Task A_node_behind_the_pruned_horizon_reruns_its_queries_and_converges()
    {
        var client = await ConnectAsync();
        var counter = await client.SubscribeAsync<Counter?>("counters:get", new CounterId("behind"), Within());
        await counter.ResultAsync(Within());

        await using (var connection = new NpgsqlConnection(ConnectionString))
        {
            await connection.OpenAsync(Within());
            // A commit this node never reads from the log: its entries are pruned before the node's next cycle.
            await using var write = new NpgsqlCommand("""
                insert into public.mt_doc_counter (id, data, mt_dotnet_type, mt_version, mt_last_modified)
                values ('behind', '{"Id":"behind","Value":77}', 'DakarCafe.Engine.TestNode.Domain.Counter', gen_random_uuid(), now());
                delete from dakarcafe.writes; delete from dakarcafe.commits;
                update dakarcafe.log_horizon set pruned_through = (select last_value from dakarcafe.versions);
                """, connection);
            await write.ExecuteNonQueryAsync(Within());
        }

        await client.MutateAsync<long>("counters:increment", new CounterId("unrelated"), Within());

        (await counter.WaitForAsync(c => c?.Value == 77, Within()))!.Value.Should().Be(77);
    }

    private async Task<long> CountAsync(string table)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync(Within());
        await using var count = new NpgsqlCommand($"select count(*) from {table}", connection);
        return (long)(await count.ExecuteScalarAsync(Within()))!;
    }
}
