using System.ComponentModel;
using Spectre.Console.Cli;

namespace DakarCafe.Cli;

/// <summary>Which deployment a command works on: a PostgreSQL connection string, or the embedded database under a folder.</summary>
internal class DeploymentSettings : CommandSettings
{
    [CommandOption("--database <CONNECTION>")]
    [Description("PostgreSQL connection string; without it, the embedded database under --content-root (.data/postgres).")]
    public string? Database { get; init; }

    [CommandOption("--content-root <FOLDER>")]
    [Description("The server's folder (its .data holds the embedded database and files). Default: the current folder; for dev, server/DakarCafe.Server.")]
    public string? ContentRoot { get; init; }
}

/// <summary>A command on a deployment and an archive file (export, import).</summary>
internal class ArchiveSettings : DeploymentSettings
{
    [CommandArgument(0, "<FILE>")]
    [Description("The archive, a .zip: written by export (it must not exist yet), read by import.")]
    public string File { get; init; } = "";
}
