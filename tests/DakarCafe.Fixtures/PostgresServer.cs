using DakarCafe.Engine.LocalPostgres;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Xunit;

namespace DakarCafe.Fixtures;

/// <summary>
/// One PostgreSQL server per test run: a private cluster in a temporary folder, started by the engine's own
/// <see cref="LocalPostgresCluster"/>, or the server named by <c>DAKARCAFE_TEST_DATABASE</c>.
/// Each test class asks it for a database of its own, so no test sees another's rows.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    public const string OverrideVariable = "DAKARCAFE_TEST_DATABASE";

    private LocalPostgresCluster? _cluster;
    private string? _folder;
    private string _adminConnectionString = "";

    public async ValueTask InitializeAsync()
    {
        var external = Environment.GetEnvironmentVariable(OverrideVariable);
        if (!string.IsNullOrWhiteSpace(external))
        {
            _adminConnectionString = external;
            return;
        }

        _folder = TempFolders.Create("pg-run");
        _cluster = await LocalPostgresCluster.StartAsync(
            // Test classes run their servers side by side, each with its own pool.
            new LocalPostgresOptions { DataDirectory = Path.Combine(_folder, "data"), Database = "postgres", MaxConnections = 600 },
            NullLogger.Instance);
        _adminConnectionString = _cluster.ConnectionString;
    }

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string purpose)
    {
        var name = $"t_{new string(purpose.ToLowerInvariant().Take(24).ToArray())}_{Guid.NewGuid():N}";
        await using var connection = new NpgsqlConnection(_adminConnectionString);
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"create database \"{name}\"", connection);
        await create.ExecuteNonQueryAsync();
        return new NpgsqlConnectionStringBuilder(_adminConnectionString) { Database = name }.ConnectionString;
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (_cluster is not null)
        {
            await _cluster.DisposeAsync();
        }

        TempFolders.Delete(_folder);
    }
}
