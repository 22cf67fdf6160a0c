using System.Diagnostics;
using DakarCafe.Engine.LocalPostgres;
using DakarCafe.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace DakarCafe.Engine.Tests.LocalPostgres;

public sealed class LocalPostgresClusterTests : IAsyncLifetime
{
    private readonly string _folder = TempFolders.Create("cluster");
    private readonly List<LocalPostgresCluster> _started = [];

    private LocalPostgresOptions Options => new() { DataDirectory = Path.Combine(_folder, "data"), Database = "shop" };

    [Fact]
    public async Task First_start_initialises_the_cluster_and_creates_the_database()
    {
        var cluster = await StartAsync();

        cluster.WasInitialized.Should().BeTrue();
        (await ScalarAsync(cluster, "select current_database()")).Should().Be("shop");
    }

    [Fact]
    public async Task Second_start_reuses_the_data_of_the_first()
    {
        var first = await StartAsync();
        await ScalarAsync(first, "create table kept(v int); insert into kept values (42); select 1");
        await first.StopAsync();

        var second = await StartAsync();

        second.WasInitialized.Should().BeFalse();
        (await ScalarAsync(second, "select v from kept")).Should().Be(42);
    }

    [Fact]
    public async Task Stop_leaves_no_server_process_behind()
    {
        var cluster = await StartAsync();
        var pid = cluster.ServerProcessId;
        pid.Should().NotBeNull();

        await cluster.StopAsync();

        IsRunning(pid!.Value).Should().BeFalse();
        cluster.ServerProcessId.Should().BeNull();
    }

    [Fact]
    public async Task A_server_left_running_by_a_crash_is_stopped_and_started_cleanly()
    {
        var crashed = await StartAsync();
        var orphan = crashed.ServerProcessId!.Value;
        await ScalarAsync(crashed, "create table survived(v int); insert into survived values (7); select 1");

        var next = await StartAsync();

        IsRunning(orphan).Should().BeFalse("the orphaned server is stopped before the new start");
        next.ServerProcessId.Should().NotBe(orphan);
        (await ScalarAsync(next, "select v from survived")).Should().Be(7);
    }

    [Fact]
    public async Task A_stale_pid_file_whose_process_is_gone_is_removed()
    {
        var cluster = await StartAsync();
        var pidFile = Path.Combine(cluster.DataDirectory, "postmaster.pid");
        await cluster.StopAsync();
        var deadPid = await FinishedProcessIdAsync();
        await File.WriteAllTextAsync(pidFile, $"{deadPid}\n{cluster.DataDirectory}\n", TestContext.Current.CancellationToken);

        var restarted = await StartAsync();

        (await ScalarAsync(restarted, "select 1")).Should().Be(1);
        restarted.ServerProcessId.Should().NotBe(deadPid);
    }

    [Fact]
    public async Task Missing_binaries_fail_with_one_line_saying_what_to_install()
    {
        var empty = Directory.CreateDirectory(Path.Combine(_folder, "no-bin")).FullName;

        var start = () => LocalPostgresCluster.StartAsync(
            Options with { BinarySearchPaths = [empty], SearchSystemPaths = false }, NullLogger.Instance);

        var error = (await start.Should().ThrowAsync<LocalPostgresException>()).Which;
        error.Message.Should().Contain("apt-get install -y postgresql").And.NotContain("\n");
    }

    [Fact]
    public async Task A_folder_that_is_not_a_cluster_is_refused_rather_than_overwritten()
    {
        var data = Directory.CreateDirectory(Path.Combine(_folder, "data")).FullName;
        await File.WriteAllTextAsync(Path.Combine(data, "precious.txt"), "keep me", TestContext.Current.CancellationToken);

        var start = () => LocalPostgresCluster.StartAsync(Options, NullLogger.Instance);

        (await start.Should().ThrowAsync<LocalPostgresException>()).Which.Message.Should().Contain("PG_VERSION");
        File.Exists(Path.Combine(data, "precious.txt")).Should().BeTrue();
    }

    private async Task<LocalPostgresCluster> StartAsync()
    {
        var cluster = await LocalPostgresCluster.StartAsync(Options, NullLogger.Instance, TestContext.Current.CancellationToken);
        _started.Add(cluster);
        return cluster;
    }

    private static async Task<object?> ScalarAsync(LocalPostgresCluster cluster, string sql)
    {
        await using var connection = new NpgsqlConnection(cluster.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }

    private static bool IsRunning(int pid) => Processes.IsRunning(pid);

    private static async Task<int> FinishedProcessIdAsync()
    {
        using var process = Process.Start("true")!;
        await process.WaitForExitAsync();
        return process.Id;
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        foreach (var cluster in _started)
        {
            await cluster.DisposeAsync();
        }

        TempFolders.Delete(_folder);
    }
}
