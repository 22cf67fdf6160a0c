namespace DakarCafe.Engine.LocalPostgres;

/// <summary>Where and how a private PostgreSQL cluster is kept.</summary>
public sealed record LocalPostgresOptions
{
    /// <summary>The cluster's data folder; created and initialised on first start.</summary>
    public required string DataDirectory { get; init; }

    /// <summary>The database created in the cluster and named in <see cref="LocalPostgresCluster.ConnectionString"/>.</summary>
    public string Database { get; init; } = "dakarcafe";

    /// <summary>The loopback port to listen on; 0 picks a free one at each start.</summary>
    public int Port { get; init; }

    /// <summary>Folders searched for initdb and pg_ctl before PATH and /usr/lib/postgresql/*/bin; empty searches only those.</summary>
    public IReadOnlyList<string> BinarySearchPaths { get; init; } = [];

    /// <summary>Whether to search PATH and /usr/lib/postgresql/*/bin after <see cref="BinarySearchPaths"/>.</summary>
    public bool SearchSystemPaths { get; init; } = true;

    /// <summary>The server's <c>max_connections</c>: room for every pool of the nodes and tools that share it.</summary>
    public int MaxConnections { get; init; } = 200;

    /// <summary>More server settings, passed as <c>-c name=value</c> (for example <c>shared_preload_libraries</c> for a benchmark's statistics).</summary>
    public IReadOnlyDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>();

    /// <summary>How long a start may take before it is reported as failed.</summary>
    public TimeSpan StartTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Where a root process keeps a cluster whose folder the <c>postgres</c> user cannot enter: in a folder of its own
    /// here, named by a hash of <see cref="DataDirectory"/>.
    /// </summary>
    public string RelocationRoot { get; init; } = "/var/lib/dakarcafe";

    /// <summary>How often the owner checks that its server still runs (and starts it again when it does not); zero turns supervision off.</summary>
    public TimeSpan SupervisionInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait between two attempts to start a server that stopped by itself.</summary>
    public TimeSpan MaxRestartDelay { get; init; } = TimeSpan.FromSeconds(10);
}
