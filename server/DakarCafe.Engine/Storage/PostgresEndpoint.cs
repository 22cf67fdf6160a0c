using DakarCafe.Engine.LocalPostgres;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace DakarCafe.Engine.Storage;

/// <summary>
/// The PostgreSQL server the engine uses: the one named by <c>ConnectionStrings:Postgres</c>, or else a private
/// cluster started under <c>LocalPostgres:DataDirectory</c> and stopped when this endpoint is disposed.
/// </summary>
public sealed class PostgresEndpoint : IAsyncDisposable
{
    /// <summary>The configuration key of the external server's connection string.</summary>
    public const string ConnectionStringKey = "ConnectionStrings:Postgres";

    /// <summary>The configuration key of the local cluster's data folder (relative paths are under the content root).</summary>
    public const string DataDirectoryKey = "LocalPostgres:DataDirectory";

    /// <summary>The configuration key of where a root process keeps a cluster the <c>postgres</c> user cannot reach (see <see cref="LocalPostgresOptions.RelocationRoot"/>).</summary>
    public const string RelocationRootKey = "LocalPostgres:RelocationRoot";

    private PostgresEndpoint(string connectionString, LocalPostgresCluster? localCluster)
    {
        ConnectionString = connectionString;
        LocalCluster = localCluster;
    }

    /// <summary>The Npgsql connection string of the database to use.</summary>
    public string ConnectionString { get; }

    /// <summary>The private cluster this endpoint started, or null when an external server is configured.</summary>
    public LocalPostgresCluster? LocalCluster { get; }

    /// <summary>Uses the configured server, or starts the private cluster when none is configured.</summary>
    public static async Task<PostgresEndpoint> OpenAsync(IConfiguration configuration, string contentRoot, ILogger logger, CancellationToken ct = default)
    {
        var external = configuration[ConnectionStringKey];
        if (!string.IsNullOrWhiteSpace(external))
        {
            return new PostgresEndpoint(external, localCluster: null);
        }

        var dataDirectory = Path.Combine(contentRoot, configuration[DataDirectoryKey] ?? Path.Combine(".data", "postgres"));
        var options = new LocalPostgresOptions { DataDirectory = dataDirectory };
        if (configuration[RelocationRootKey] is { Length: > 0 } relocationRoot)
        {
            options = options with { RelocationRoot = relocationRoot };
        }

        var cluster = await LocalPostgresCluster.StartAsync(options, logger, ct);
        return new PostgresEndpoint(cluster.ConnectionString, cluster);
    }

    /// <summary>Stops the private cluster, if this endpoint started one.</summary>
    public ValueTask DisposeAsync() => LocalCluster?.DisposeAsync() ?? ValueTask.CompletedTask;
}
