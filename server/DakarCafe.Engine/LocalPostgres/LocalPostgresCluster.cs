using System.Net;
using DakarCafe.Engine.Internal.LocalPostgres;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace DakarCafe.Engine.LocalPostgres;

/// <summary>
/// A private PostgreSQL cluster in a data folder of our own, listening on loopback only: initialised on first
/// start, recovered when a crash left it running or left a stale pid file, and stopped on dispose.
/// It owns the server process; it does not own the data, which stays for the next start.
/// </summary>
public sealed partial class LocalPostgresCluster : IAsyncDisposable
{
    private const int StartAttempts = 3;

    private readonly LocalPostgresOptions _options;
    private readonly PostgresBinaries _binaries;
    private readonly ILogger _logger;
    private int _stopped;

    private LocalPostgresCluster(LocalPostgresOptions options, PostgresBinaries binaries, ILogger logger)
    {
        _options = options;
        _binaries = binaries;
        _logger = logger;
    }

    /// <summary>The data folder (an absolute path).</summary>
    public string DataDirectory => _options.DataDirectory;

    /// <summary>The loopback port the server listens on.</summary>
    public int Port { get; private set; }

    /// <summary>Whether this start ran initdb (false when an existing cluster was reused).</summary>
    public bool WasInitialized { get; private set; }

    /// <summary>The Npgsql connection string of <see cref="LocalPostgresOptions.Database"/>.</summary>
    public string ConnectionString => ConnectionStringFor(_options.Database);

    /// <summary>The process id of the running postmaster, read from its pid file; null when it is not running.</summary>
    public int? ServerProcessId => PidFile.Read(DataDirectory)?.ProcessId;

    /// <summary>Initialises (on first use), recovers and starts the cluster, then creates the database if it is missing.</summary>
    public static async Task<LocalPostgresCluster> StartAsync(LocalPostgresOptions options, ILogger logger, CancellationToken ct = default)
    {
        options = options with { DataDirectory = Path.GetFullPath(options.DataDirectory) };
        var cluster = new LocalPostgresCluster(options, PostgresBinaries.Locate(options), logger);
        await cluster.StartAsync(ct);
        return cluster;
    }

    /// <summary>Stops the server (fast shutdown: open sessions are ended); later calls do nothing.</summary>
    public async Task StopAsync()
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 1)
        {
            return;
        }

        await StopServerAsync(CancellationToken.None);
        Log.Stopped(_logger, DataDirectory);
    }

    /// <inheritdoc cref="StopAsync"/>
    public ValueTask DisposeAsync() => new(StopAsync());

    private async Task StartAsync(CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(_options.StartTimeout);
        await InitializeIfMissingAsync(timeout.Token);
        await RecoverStaleServerAsync(timeout.Token);
        await StartServerAsync(timeout.Token);
        await CreateDatabaseIfMissingAsync(timeout.Token);
        Log.Started(_logger, DataDirectory, Port, WasInitialized);
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

    /// <summary>A crash of ours can leave the server running (our process was killed) or a pid file whose process is gone.</summary>
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
            var result = await ProcessRunner.RunAsync(_binaries.PgCtl,
                ["start", "-D", DataDirectory, "-l", LogFile, "-w", "-t", ((int)_options.StartTimeout.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture),
                 "-o", $"-p {Port} -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c fsync=on -c max_connections={_options.MaxConnections}" +
                 string.Concat(_options.Settings.Select(s => $" -c {s.Key}='{s.Value}'"))], ct);
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
