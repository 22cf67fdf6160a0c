using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace DakarCafe.Cli;

/// <summary>Which app, and which deployment of it, a command works on: a PostgreSQL connection string, or the embedded database under a folder.</summary>
internal class DeploymentSettings : CommandSettings
{
    [CommandOption("--app <FOLDER>")]
    [Description("The app (a folder with a dakarcafe.json, or one below it). Default: found from the current folder up.")]
    public string? App { get; init; }

    [CommandOption("--database <CONNECTION>")]
    [Description("PostgreSQL connection string; without it, the embedded database under --content-root (.data/postgres).")]
    public string? Database { get; init; }

    [CommandOption("--content-root <FOLDER>")]
    [Description("The server's folder (its .data holds the embedded database and files). Default: the app's server project's folder " +
        "(in this repository, the one `bash scripts/run` uses).")]
    public string? ContentRoot { get; init; }

    /// <summary>The app the options name, or the one around the current folder; null, with a line naming the options, when there is none.</summary>
    public AppProject? FindApp()
    {
        if (AppProject.Find(App, quiet: true) is { } app)
        {
            return app;
        }

        AnsiConsole.MarkupLine($"[red]No app here:[/] {Markup.Escape(Path.GetFullPath(App ?? Directory.GetCurrentDirectory()))} is in no app (no " +
            $"{AppProject.FileName} in it or above). Name one with --app <FOLDER>, and its deployment with --database <CONNECTION> (a PostgreSQL " +
            "connection string) or --content-root <FOLDER> (a server's folder).");
        return null;
    }

    /// <summary>The server folder of the deployment (configuration, and embedded database unless --database): --content-root, or the app's server folder.</summary>
    public string ContentRootOf(AppProject app) => Path.GetFullPath(ContentRoot ?? app.ServerFolder);
}

/// <summary>A deployment command the app's own server runs (export, import, seed, db-patch, db-apply, users).</summary>
internal class AppCommandSettings : DeploymentSettings
{
    [CommandOption("-c|--configuration <CONFIGURATION>")]
    [Description("The configuration the app's server is built and run in. Default: Debug.")]
    public string Configuration { get; init; } = "Debug";

    [CommandOption("--no-build")]
    [Description("Run the server as last built, without building it first.")]
    public bool NoBuild { get; init; }
}

/// <summary>A command on a deployment and a file (export, import, db-patch, db-apply).</summary>
internal class FileSettings : AppCommandSettings
{
    [CommandArgument(0, "<FILE>")]
    [Description("The file: an archive (.zip) for export and import, an SQL script for db-patch and db-apply.")]
    public string File { get; init; } = "";
}
