using DakarCafe.Engine.LocalPostgres;
using DakarCafe.Engine.TestNode.Domain;
using DakarCafe.Fixtures;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace DakarCafe.Engine.Tests.Functions;

/// <summary>
/// Mutations commit without waiting for their own fsync, so the commit lock is not held across it; they are answered
/// only once a flush has made the commit durable. PostgreSQL crashing right after the answers loses none of them.
/// </summary>
public sealed class DurabilityTests : IAsyncLifetime
{
    private const int Mutations = 30;

    private readonly string _folder = TempFolders.Create("durability");
    private readonly List<LocalPostgresCluster> _clusters = [];

    private LocalPostgresOptions Options => new() { DataDirectory = Path.Combine(_folder, "data"), Database = "durable" };

    [Fact]
    public async Task Every_answered_mutation_survives_a_database_crash_right_after_its_answer()
    {
        var cluster = await StartClusterAsync();
        await using (var host = await EngineTestHost.StartAsync(cluster.ConnectionString, TestModule.Register))
        {
            var client = await host.ConnectAsync();
            for (var i = 1; i <= Mutations; i++)
            {
                (await client.MutateAsync<long>("counters:increment", new CounterId("durable"), Deadlines.Within())).Should().Be(i);
            }

            // Immediate shutdown: every server process exits at once, and WAL not yet written to the OS is lost.
            await Processes.SignalAndWaitForExitAsync(cluster.ServerProcessId!.Value, "QUIT", Deadlines.Within());
        }

        var recovered = await StartClusterAsync();
        await using var connection = new NpgsqlConnection(recovered.ConnectionString);
        await connection.OpenAsync(Deadlines.Within());
        await using var read = new NpgsqlCommand("select (data ->> 'Value')::bigint from public.mt_doc_counter where id = 'durable'", connection);
        (await read.ExecuteScalarAsync(Deadlines.Within())).Should().Be((long)Mutations);
    }

    private async Task<LocalPostgresCluster> StartClusterAsync()
    {
        var cluster = await LocalPostgresCluster.StartAsync(Options, NullLogger.Instance, Deadlines.Within(TimeSpan.FromMinutes(2)));
        _clusters.Add(cluster);
        return cluster;
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        foreach (var cluster in _clusters)
        {
            await cluster.DisposeAsync();
        }

        TempFolders.Delete(_folder);
    }
}
