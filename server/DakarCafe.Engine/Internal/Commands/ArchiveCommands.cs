using DakarCafe.Engine.Backup;
using DakarCafe.Engine.Commands;
using Microsoft.Extensions.DependencyInjection;

namespace DakarCafe.Engine.Internal.Commands;

/// <summary><c>export FILE</c>: the whole deployment, from one snapshot, into one archive.</summary>
internal sealed class ExportCommand : IDeploymentCommand
{
    public string Name => "export";

    public bool StartsApp => true;

    public async Task<DeploymentCommandOutcome> RunAsync(DeploymentCommandContext context, CancellationToken ct)
    {
        var file = context.RequiredArgument("file");
        await using var output = new FileStream(file, FileMode.CreateNew, FileAccess.Write);
        var manifest = await context.Services.GetRequiredService<DeploymentArchive>().ExportAsync(output, context.Progress, ct);
        return DeploymentCommandOutcome.Success($"Exported {manifest.Tables.Count} tables, {manifest.Rows} rows and {manifest.Files.Count} files to {file}.");
    }
}

/// <summary><c>import FILE [--replace]</c>: restores an export, checked whole before anything is written.</summary>
internal sealed class ImportCommand : IDeploymentCommand
{
    public string Name => "import";

    public bool StartsApp => true;

    public async Task<DeploymentCommandOutcome> RunAsync(DeploymentCommandContext context, CancellationToken ct)
    {
        await using var input = File.OpenRead(context.RequiredArgument("file"));
        try
        {
            var replace = context.Argument("replace") == "true";
            var (manifest, migrated) = await context.Services.GetRequiredService<DeploymentArchive>().ImportAsync(input, replace, context.Progress, ct);
            var migrations = migrated.Count == 0 ? "" : $" The archive predates {string.Join(", ", migrated)}, which ran on its data.";
            return DeploymentCommandOutcome.Success($"Imported {manifest.Tables.Count} tables, {manifest.Rows} rows and {manifest.Files.Count} files.{migrations}");
        }
        catch (ArchiveException refused)
        {
            return DeploymentCommandOutcome.Failure($"Nothing was imported: {refused.Message}");
        }
    }
}
