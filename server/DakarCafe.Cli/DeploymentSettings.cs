using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace DakarCafe.Cli;

/// <summary>Which deployment a command works on: a PostgreSQL connection string, or the embedded database under a folder.</summary>
internal class DeploymentSettings : CommandSettings
{
    [CommandOption("--database <CONNECTION>")]
    [Description("PostgreSQL connection string; without it, the embedded database under --content-root (.data/postgres).")]
    public string? Database { get; init; }

    [CommandOption("--content-root <FOLDER>")]
    [Description("The server's folder (its .data holds the embedded database and files). Default: inside an app (dakarcafe.json), its server project's folder " +
        "(in this repository, the one `bash scripts/run` uses); elsewhere, the current folder if it holds an embedded database.")]
    public string? ContentRoot { get; init; }

    /// <summary>
    /// The server folder (configuration, and embedded database unless --database) of the deployment the options name;
    /// without them, the one the README's run command uses (found from the current folder up), or the current folder
    /// when it holds an embedded database. Null, with a line naming both options, when there is none: a command
    /// never creates an empty database it was not asked for.
    /// </summary>
    public string? FindContentRoot()
    {
        if (Database is not null || ContentRoot is not null)
        {
            return Path.GetFullPath(ContentRoot ?? Directory.GetCurrentDirectory());
        }

        if (AppProject.Find(quiet: true) is { } app)
        {
            return app.ServerFolder;
        }

        var here = Directory.GetCurrentDirectory();
        if (File.Exists(Path.Combine(here, ".data", "postgres", "PG_VERSION")))
        {
            return here;
        }

        AnsiConsole.MarkupLine($"[red]No deployment here:[/] {Markup.Escape(here)} is in no app (no dakarcafe.json above it) and holds no embedded database " +
            "(.data/postgres). Name one with --database <CONNECTION> (a PostgreSQL connection string) or --content-root <FOLDER> (a server's folder).");
        return null;
    }
}

/// <summary>A command on a deployment and an archive file (export, import).</summary>
internal class ArchiveSettings : DeploymentSettings
{
    [CommandArgument(0, "<FILE>")]
    [Description("The archive, a .zip: written by export (it must not exist yet), read by import.")]
    public string File { get; init; } = "";
}

/// <summary>A command on a deployment and a schema script (db-patch, db-apply).</summary>
internal sealed class ScriptSettings : DeploymentSettings
{
    [CommandArgument(0, "<FILE>")]
    [Description("The SQL script: written by db-patch (it must not exist yet), reviewed, then read by db-apply.")]
    public string File { get; init; } = "";
}
