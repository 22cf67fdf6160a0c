using System.Diagnostics;
using DakarCafe.Engine.Internal.LocalPostgres;
using DakarCafe.Engine.LocalPostgres;
using DakarCafe.Fixtures;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace DakarCafe.Engine.Tests.LocalPostgres;

public sealed class LocalPostgresClusterTests : IAsyncLifetime
{
    private readonly string _folder = TempFolders.Create("cluster");
    private readonly List<LocalPostgresCluster> _started = [];
    private readonly List<string> _orphans = [];

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
    public async Task A_server_left_running_by_an_owner_that_crashed_is_stopped_and_started_cleanly()
    {
        var first = await StartAsync();
        await ScalarAsync(first, "create table survived(v int); insert into survived values (7); select 1");
        await first.StopAsync();
        // What a killed owner leaves: its server still running, and no process holding the owner lock.
        var orphan = await StartOrphanServerAsync(first.DataDirectory);

        var next = await StartAsync();

        next.IsOwner.Should().BeTrue();
        IsRunning(orphan).Should().BeFalse("the orphaned server is stopped before the new start");
        next.ServerProcessId.Should().NotBe(orphan);
        (await ScalarAsync(next, "select v from survived")).Should().Be(7);
    }

    [Fact]
    public async Task A_second_start_while_the_owner_runs_attaches_to_its_server_and_never_stops_it()
    {
        var owner = await StartAsync();
        var postmaster = owner.ServerProcessId;

        var attached = await StartAsync();
        await ScalarAsync(attached, "create table shared(v int); insert into shared values (3); select 1");
        await attached.StopAsync();

        attached.IsOwner.Should().BeFalse();
        (attached.Port, attached.WasInitialized).Should().Be((owner.Port, false));
        owner.ServerProcessId.Should().Be(postmaster, "a process that attached leaves the owner's server running");
        (await ScalarAsync(owner, "select v from shared")).Should().Be(3);
        await owner.StopAsync();
        IsRunning(postmaster!.Value).Should().BeFalse();
        var next = await StartAsync();
        next.IsOwner.Should().BeTrue("once the owner has stopped, the next start owns the cluster");
    }

    [Fact]
    public async Task The_owner_starts_its_server_again_on_the_same_port_when_it_stops_by_itself()
    {
        var cluster = await StartAsync(Options with { SupervisionInterval = TimeSpan.FromMilliseconds(200) });
        await ScalarAsync(cluster, "create table kept(v int); insert into kept values (11); select 1");
        var killed = cluster.ServerProcessId!.Value;

        Process.GetProcessById(killed).Kill();

        await Deadlines.UntilAsync(() => cluster.ServerProcessId is { } pid && pid != killed && IsRunning(pid) && cluster.Restarts == 1,
            "the owner starts its server again", TimeSpan.FromSeconds(60));
        NpgsqlConnection.ClearAllPools();
        (await ScalarAsync(cluster, "select v from kept")).Should().Be(11, "the same data, on the same port");
    }

    [Fact]
    public async Task As_root_a_data_folder_the_postgres_user_cannot_enter_is_kept_in_a_folder_it_can_own()
    {
        var checkout = TempFolders.CreatePrivate(_folder, "private-checkout");
        var relocationRoot = Path.Combine(_folder, "relocated");
        var options = Options with { DataDirectory = Path.Combine(checkout, ".data", "postgres"), RelocationRoot = relocationRoot };

        var first = await StartAsync(options);
        await ScalarAsync(first, "create table kept(v int); insert into kept values (5); select 1");
        await first.StopAsync();
        var second = await StartAsync(options);

        if (Environment.UserName == "root")
        {
            first.DataDirectory.Should().StartWith(relocationRoot + "/", "the postgres user could not own a folder inside the private checkout");
            (await File.ReadAllTextAsync(Path.Combine(Path.GetDirectoryName(first.DataDirectory)!, "origin"), TestContext.Current.CancellationToken)).Trim()
                .Should().Be(options.DataDirectory);
        }
        else
        {
            first.DataDirectory.Should().Be(options.DataDirectory, "a user who is not root runs the server as themselves, in their own folder");
        }

        second.DataDirectory.Should().Be(first.DataDirectory, "every start from the same checkout finds the same cluster");
        (second.WasInitialized, await ScalarAsync(second, "select v from kept")).Should().Be((false, 5));
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

    private async Task<LocalPostgresCluster> StartAsync(LocalPostgresOptions? options = null)
    {
        var cluster = await LocalPostgresCluster.StartAsync(options ?? Options, NullLogger.Instance, TestContext.Current.CancellationToken);
        _started.Add(cluster);
        return cluster;
    }

    /// <summary>Starts the folder's server by hand, as nobody's: what an owner killed with SIGKILL leaves running. Returns its pid.</summary>
    private async Task<int> StartOrphanServerAsync(string dataDirectory)
    {
        var pgCtl = PostgresBinaries.Locate(Options).PgCtl;
        var started = await ProcessRunner.RunAsync(pgCtl, ["start", "-D", dataDirectory, "-w", "-l", Path.Combine(dataDirectory, "server.log"),
            "-o", $"-p {TestPorts.FreeLoopback()} -c listen_addresses=127.0.0.1 -c unix_socket_directories=''"], TestContext.Current.CancellationToken);
        started.Succeeded.Should().BeTrue(started.Output);
        _orphans.Add(dataDirectory);
        return PidFile.Read(dataDirectory)!.ProcessId;
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

        // An orphan the test did not see recovered (it failed first) is stopped here.
        foreach (var dataDirectory in _orphans.Where(d => PidFile.Read(d) is { } pid && pid.IsPostgresAlive()))
        {
            await ProcessRunner.RunAsync(PostgresBinaries.Locate(Options).PgCtl, ["stop", "-D", dataDirectory, "-m", "immediate", "-w"], CancellationToken.None);
        }

        TempFolders.Delete(_folder);
    }
}
