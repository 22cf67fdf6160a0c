using System.Diagnostics;
using System.Globalization;
using DakarCafe.Engine.LocalPostgres;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace DakarCafe.Testing.Internal;

/// <summary>
/// One private PostgreSQL for the whole test process, in a temporary folder, started on first use: each test app gets
/// a fresh database on it. A watchdog that outlives the process stops it and deletes its folder once the process is
/// gone, however it ended (done, failed, killed).
/// </summary>
internal static class TestPostgres
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static LocalPostgresCluster? _cluster;

    /// <summary>A connection string to a new, empty database.</summary>
    public static async Task<string> CreateDatabaseAsync(CancellationToken ct)
    {
        var cluster = await ClusterAsync(ct);
        var name = "app_" + Guid.NewGuid().ToString("N")[..16];
        await using (var connection = new NpgsqlConnection(cluster.ConnectionString))
        {
            await connection.OpenAsync(ct);
            await using var create = new NpgsqlCommand($"create database {name}", connection);
            await create.ExecuteNonQueryAsync(ct);
        }

        return new NpgsqlConnectionStringBuilder(cluster.ConnectionString) { Database = name }.ConnectionString;
    }

    private static async Task<LocalPostgresCluster> ClusterAsync(CancellationToken ct)
    {
        await Gate.WaitAsync(ct);
        try
        {
            return _cluster ??= await StartAsync(ct);
        }
        finally
        {
            Gate.Release();
        }
    }

    private static async Task<LocalPostgresCluster> StartAsync(CancellationToken ct)
    {
        if (OperatingSystem.IsWindows())
        {
            throw new PlatformNotSupportedException("DakarCafe.Testing starts PostgreSQL on Linux and macOS.");
        }

        var folder = Path.Combine(Path.GetTempPath(), "dakarcafe-test-" + Guid.NewGuid().ToString("N")[..12]);
        // Open to other users: as root the cluster runs as the postgres user, who must reach its folder.
        Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
            | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        var cluster = await LocalPostgresCluster.StartAsync(
            new LocalPostgresOptions { DataDirectory = Path.Combine(folder, "postgres"), Database = "postgres", SupervisionInterval = TimeSpan.Zero },
            NullLogger.Instance, ct);
        StartWatchdog(cluster.DataDirectory, folder);
        return cluster;
    }

    /// <summary>Stops the cluster (an immediate shutdown) and deletes its folder once this process is gone, however it ended.</summary>
    private static void StartWatchdog(string dataDirectory, string folder)
    {
        var script = "while kill -0 \"$1\" 2>/dev/null; do sleep 1; done; " +
            "kill -QUIT \"$(head -n 1 \"$2/postmaster.pid\" 2>/dev/null)\" 2>/dev/null; sleep 2; rm -rf \"$3\" \"$2\"";
        var start = new ProcessStartInfo("setsid") { UseShellExecute = false, RedirectStandardInput = true };
        foreach (var argument in new[] { "sh", "-c", script, "watchdog", Environment.ProcessId.ToString(CultureInfo.InvariantCulture), dataDirectory, folder })
        {
            start.ArgumentList.Add(argument);
        }

        using var watchdog = Process.Start(start);
    }
}
