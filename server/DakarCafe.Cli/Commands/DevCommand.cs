using System.ComponentModel;
using System.Globalization;
using DakarCafe.Engine.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Spectre.Console;
using Spectre.Console.Cli;

namespace DakarCafe.Cli.Commands;

/// <summary>
/// <c>dakarcafe dev</c>: the app's server, rebuilt and restarted by <c>dotnet watch</c>
/// when the code changes (a restart, never a hot reload, so newly registered functions are served), and its generated
/// TypeScript rewritten from each schema build (<see cref="SchemaFollower"/>). The embedded PostgreSQL belongs to this command, not to the server: it stays up across restarts (a
/// rebuild costs no database start) and is stopped when the command ends. In a terminal, Ctrl-C reaches
/// <c>dotnet watch</c> as a key (it stops the server, then this command stops the database); SIGINT or SIGTERM sent
/// to this command (a script, a service manager) kill the watched server and stop the database the same way.
/// </summary>
internal sealed class DevCommand : AsyncCommand<DevCommand.Settings>
{
    public sealed class Settings : DeploymentSettings
    {
        [CommandOption("--urls <URLS>")]
        [Description("Where the server listens. Default: http://127.0.0.1:5080.")]
        public string Urls { get; init; } = "http://127.0.0.1:5080";
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellation)
    {
        if (settings.FindApp() is not { } app)
        {
            return 1;
        }

        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [PostgresEndpoint.ConnectionStringKey] = settings.Database })
            .Build();
        await using var postgres = await PostgresEndpoint.OpenAsync(configuration, settings.ContentRootOf(app), NullLogger.Instance,
            cancellation);
        if (postgres.LocalCluster is { } cluster)
        {
            AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[green]Embedded PostgreSQL[/] on 127.0.0.1:{cluster.Port}, data in {cluster.DataDirectory} (stopped with this command)");
        }

        await using var schema = await SchemaFollower.StartAsync(app, cancellation);
        try
        {
            // No hot reload: a change restarts the server, so the functions it serves are always those the code registers.
            return await Dotnet.RunAsync(app.Root, ["watch", "--no-hot-reload", "--project", app.ServerProject, "run", "--", "--urls", settings.Urls],
                new Dictionary<string, string>
                {
                    ["ConnectionStrings__Postgres"] = postgres.ConnectionString,
                    // A development database: its schema follows the code at every restart.
                    ["Engine__Schema__AutoCreate"] = "true",
                    ["DOTNET_WATCH_SUPPRESS_LAUNCH_BROWSER"] = "true",
                }, cancellation);
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            return 0;
        }
        finally
        {
            AnsiConsole.MarkupLine("[grey]Dev server stopped; stopping the database.[/]");
        }
    }
}
