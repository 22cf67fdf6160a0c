using System.ComponentModel;
using System.Globalization;
using DakarCafe.Engine.LocalPostgres;
using Microsoft.Extensions.Logging.Abstractions;
using Spectre.Console;
using Spectre.Console.Cli;

namespace DakarCafe.Cli.Commands;

/// <summary>
/// <c>dakarcafe postgres</c>: the deployment's embedded PostgreSQL alone, in the foreground until Ctrl-C or SIGTERM,
/// for several server nodes to share (each given its connection string): the cluster command starts its nodes on it.
/// It supervises the server as a node would (started again when it stops by itself) and stops it when it ends; the
/// data stays for the next start. Started beside a running owner (a single server), it attaches and never stops it.
/// </summary>
internal sealed class PostgresCommand : AsyncCommand<PostgresCommand.Settings>
{
    /// <summary>The start of the line that gives the connection string, for a script to read.</summary>
    public const string ConnectionLine = "Connection string: ";

    public sealed class Settings : DeploymentSettings
    {
        [CommandOption("--data <FOLDER>")]
        [Description("The cluster's data folder. Default: the embedded database of --content-root (.data/postgres).")]
        public string? Data { get; init; }

        [CommandOption("--max-connections <N>")]
        [Description("PostgreSQL's max_connections: each node's pool takes up to about 110. Default: 200.")]
        public int MaxConnections { get; init; } = 200;
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellation)
    {
        if (settings.Database is not null)
        {
            AnsiConsole.MarkupLine("[red]--database names a server that is already running[/]: this command runs the embedded one (--content-root).");
            return 1;
        }

        if (settings.FindApp() is not { } app)
        {
            return 1;
        }

        var options = new LocalPostgresOptions
        {
            DataDirectory = Path.GetFullPath(settings.Data ?? Path.Combine(settings.ContentRootOf(app), ".data", "postgres")),
            MaxConnections = settings.MaxConnections,
        };
        await using var cluster = await LocalPostgresCluster.StartAsync(options, NullLogger.Instance, cancellation);
        AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture,
            $"[green]Embedded PostgreSQL[/] on 127.0.0.1:{cluster.Port}, data in {cluster.DataDirectory} ({(cluster.IsOwner ? "stopped with this command" : "owned by another process")})");
        Console.WriteLine(ConnectionLine + cluster.ConnectionString);
        try
        {
            await Task.Delay(Timeout.Infinite, cancellation);
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            AnsiConsole.MarkupLine("[grey]Stopping the database.[/]");
        }

        return 0;
    }
}
