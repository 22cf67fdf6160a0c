using System.Net;
using DakarCafe.Engine.Internal.LocalPostgres;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace DakarCafe.Engine.LocalPostgres;

/// <summary>
/// A private PostgreSQL cluster in a data folder of our own, listening on loopback only. The first process to start
/// it owns it (<see cref="IsOwner"/>): it initialises the folder on first use, recovers a server a crash left running
/// or a stale pid file, supervises the server (starting it again when it stops by itself) and stops it on dispose.
/// Another process started on the same folder while the owner runs (the CLI beside a running server, a second
/// node) attaches to the owner's server and never stops it. The cluster owns the server process, not the data,
/// which stays for the next start.
/// </summary>
public sealed partial class LocalPostgresCluster : IAsyncDisposable
{
    private const int StartAttempts = 3;
    private static readonly TimeSpan FirstRestartDelay = TimeSpan.FromMilliseconds(250);

    private readonly LocalPostgresOptions _options;
    private readonly PostgresBinaries _binaries;
    private readonly ILogger _logger;
    private readonly OwnerLock? _ownership;
    private readonly CancellationTokenSource _stopping = new();
    private Task _supervision = Task.CompletedTask;
    private int _stopped;
    private int _restarts;

    private LocalPostgresCluster(LocalPostgresOptions options, PostgresBinaries binaries, ILogger logger, OwnerLock? ownership)
    {
        _options = options;
        _binaries = binaries;
        _logger = logger;
        _ownership = ownership;
    }

    /// <summary>The data folder (an absolute path): the one asked for, or where a root process had to keep it (<see cref="LocalPostgresOptions.RelocationRoot"/>).</summary>
    public string DataDirectory => _options.DataDirectory;

    /// <summary>The loopback port the server listens on.</summary>
    public int Port { get; private set; }

    /// <summary>Whether this start ran initdb (false when an existing cluster was reused).</summary>
    public bool WasInitialized { get; private set; }

    /// <summary>Whether this object started the server and stops it; false when it attached to a server another process owns.</summary>
    public bool IsOwner => _ownership is not null;

    /// <summary>How many times supervision started the server again after it stopped by itself.</summary>
    public int Restarts => Volatile.Read(ref _restarts);

    /// <summary>The Npgsql connection string of <see cref="LocalPostgresOptions.Database"/>.</summary>
    public string ConnectionString => ConnectionStringFor(_options.Database);

    /// <summary>The process id of the running postmaster, read from its pid file; null when it is not running.</summary>
    public int? ServerProcessId => PidFile.Read(DataDirectory)?.ProcessId;

    /// <summary>
    /// Owns and starts the cluster (initialising it on first use), or attaches to it when another process owns it and
    /// its server accepts connections; then creates the database if it is missing.
    /// </summary>
    public static async Task<LocalPostgresCluster> StartAsync(LocalPostgresOptions options, ILogger logger, CancellationToken ct = default)
    {
        var requested = Path.GetFullPath(options.DataDirectory);
        options = options with { DataDirectory = DataFolder.Resolve(requested, options.RelocationRoot) };
        if (options.DataDirectory != requested)
        {
            Log.Relocated(logger, requested, ProcessRunner.ServiceUser, options.DataDirectory);
        }

        var binaries = PostgresBinaries.Locate(options);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(options.StartTimeout);
        try
        {
            return await OwnOrAttachAsync(options, binaries, logger, timeout.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            throw new LocalPostgresException(
                $"PostgreSQL in {options.DataDirectory} did not become ready within {options.StartTimeout.TotalSeconds} s; " +
                $"if another process owns it (it holds {OwnerLock.PathFor(options.DataDirectory)}), see its log {Path.Combine(options.DataDirectory, "server.log")}.");
        }
    }

    private static async Task<LocalPostgresCluster> OwnOrAttachAsync(LocalPostgresOptions options, PostgresBinaries binaries, ILogger logger, CancellationToken ct)
    {
        while (true)
        {
            if (OwnerLock.TryAcquire(options.DataDirectory) is { } ownership)
            {
                var owned = new LocalPostgresCluster(options, binaries, logger, ownership);
                try
                {
                    await owned.StartOwnedAsync(ct);
                }
                catch
                {
                    ownership.Dispose();
                    throw;
                }

                return owned;
            }

            // Another process owns it: use its server once it accepts connections (it may be starting or restarting it).
            if (PidFile.Read(options.DataDirectory) is { IsReady: true, Port: { } port } pid && pid.IsPostgresAlive())
            {
                var attached = new LocalPostgresCluster(options, binaries, logger, ownership: null) { Port = port };
                await attached.CreateDatabaseIfMissingAsync(ct);
                Log.Attached(logger, options.DataDirectory, port, pid.ProcessId);
                return attached;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100), ct);
        }
    }

    /// <summary>Stops the server if this object owns it (fast shutdown: open sessions are ended); later calls do nothing.</summary>
    public async Task StopAsync()
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 1)
        {
            return;
        }

        if (_ownership is null)
        {
            Log.LeftRunning(_logger, DataDirectory);
            return;
        }

        await _stopping.CancelAsync();
        await _supervision;
        try
        {
            await StopServerAsync(CancellationToken.None);
            Log.Stopped(_logger, DataDirectory);
        }
        finally
        {
            _ownership.Dispose();
            _stopping.Dispose();
        }
    }

    /// <inheritdoc cref="StopAsync"/>
    public ValueTask DisposeAsync() => new(StopAsync());

    private async Task StartOwnedAsync(CancellationToken ct)
    {
        await InitializeIfMissingAsync(ct);
        await RecoverStaleServerAsync(ct);
        await StartServerAsync(ct);
        await CreateDatabaseIfMissingAsync(ct);
        Log.Started(_logger, DataDirectory, Port, WasInitialized);
        if (_options.SupervisionInterval > TimeSpan.Zero)
        {
            _supervision = SuperviseAsync(_stopping.Token);
        }
    }

    private async Task InitializeIfMissingAsync(CancellationToken ct)
    {
        if (File.Exists(Path.Combine(DataDirectory, "PG_VERSION")))
        {
            return;
        }

        await DataFolder.PrepareEmptyAsync(DataDirectory, ct);
        var result = await ProcessRunner.RunAsync(_binaries.InitDb,
            ["-D", DataDirectory, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-instructions"], ct);
        if (!result.Succeeded)
        {
            throw new LocalPostgresException($"initdb failed for {DataDirectory}: {result.Output}");
        }

        WasInitialized = true;
    }

    /// <summary>
    /// We hold the owner lock, so a server still running was left by an owner that crashed (the lock died with it);
    /// a pid file whose process is gone was left by a server that crashed.
    /// </summary>
    private async Task RecoverStaleServerAsync(CancellationToken ct)
    {
        var pid = PidFile.Read(DataDirectory);
        if (pid is null)
        {
            return;
        }

        if (pid.IsPostgresAlive())
        {
            Log.RecoveringRunning(_logger, pid.ProcessId, DataDirectory);
            await StopServerAsync(ct);
        }
        else
        {
            Log.RemovingStalePidFile(_logger, pid.ProcessId, DataDirectory);
            PidFile.Delete(DataDirectory);
        }
    }

    private async Task StartServerAsync(CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            Port = _options.Port != 0 ? _options.Port : LoopbackPort.Free();
            var result = await TryStartServerAsync(ct);
            if (result.Succeeded)
            {
                return;
            }

            // Another process may have taken the free port between our probe and the server's bind.
            if (attempt == StartAttempts || _options.Port != 0)
            {
                throw new LocalPostgresException($"PostgreSQL in {DataDirectory} did not start: {result.Output} {LogTail()}");
            }
        }
    }

    private Task<ProcessRunner.Result> TryStartServerAsync(CancellationToken ct) => ProcessRunner.RunAsync(_binaries.PgCtl,
        ["start", "-D", DataDirectory, "-l", LogFile, "-w", "-t", ((int)_options.StartTimeout.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture),
         "-o", $"-p {Port} -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c fsync=on -c max_connections={_options.MaxConnections}" +
         string.Concat(_options.Settings.Select(s => $" -c {s.Key}='{s.Value}'"))], ct);

    /// <summary>Checks the server every <see cref="LocalPostgresOptions.SupervisionInterval"/> and starts it again, on the same port, when it has stopped.</summary>
    private async Task SuperviseAsync(CancellationToken ct)
    {
        using var timer = new PeriodicTimer(_options.SupervisionInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(ct))
            {
                if (PidFile.Read(DataDirectory) is { } pid && pid.IsPostgresAlive())
                {
                    continue;
                }

                Log.ServerGone(_logger, DataDirectory);
                await RestartAsync(ct);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    private async Task RestartAsync(CancellationToken ct)
    {
        var delay = FirstRestartDelay;
        for (var attempt = 1; ; attempt++)
        {
            // Its backends may take a moment to notice their postmaster is gone and free its shared memory: try again until they have.
            var result = await TryStartServerAsync(ct);
            if (result.Succeeded)
            {
                Interlocked.Increment(ref _restarts);
                Log.Restarted(_logger, DataDirectory, Port, attempt);
                return;
            }

            Log.RestartFailed(_logger, DataDirectory, attempt, delay.TotalMilliseconds, result.Output);
            await Task.Delay(delay, ct);
            delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, _options.MaxRestartDelay.Ticks));
        }
    }

    private async Task StopServerAsync(CancellationToken ct)
    {
        var pid = PidFile.Read(DataDirectory);
        if (pid is null)
        {
            return;
        }

        var result = await ProcessRunner.RunAsync(_binaries.PgCtl, ["stop", "-D", DataDirectory, "-m", "fast", "-w"], ct);
        // pg_ctl returns once the pid file is gone, a moment before the postmaster itself has exited.
        if (!await pid.WaitForExitAsync(TimeSpan.FromSeconds(10), ct))
        {
            throw new LocalPostgresException($"PostgreSQL in {DataDirectory} did not stop: {result.Output}");
        }
    }

    private async Task CreateDatabaseIfMissingAsync(CancellationToken ct)
    {
        // Unpooled: a pooled connection could be one that an earlier stop of this cluster has broken.
        await using var connection = new NpgsqlConnection(ConnectionStringFor("postgres") + ";Pooling=false");
        await connection.OpenAsync(ct);
        await using var exists = new NpgsqlCommand("select 1 from pg_database where datname = $1", connection)
        {
            Parameters = { new() { Value = _options.Database } },
        };
        if (await exists.ExecuteScalarAsync(ct) is not null)
        {
            return;
        }

        await using var create = new NpgsqlCommand($"create database {QuoteIdentifier(_options.Database)}", connection);
        await create.ExecuteNonQueryAsync(ct);
    }

    private string ConnectionStringFor(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = IPAddress.Loopback.ToString(),
        Port = Port,
        Username = "postgres",
        Database = database,
    }.ConnectionString;

    private string LogFile => Path.Combine(DataDirectory, "server.log");

    private string LogTail()
    {
        try
        {
            return string.Join('\n', File.ReadLines(LogFile).TakeLast(10));
        }
        catch (IOException)
        {
            return "";
        }
    }

    private static string QuoteIdentifier(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
