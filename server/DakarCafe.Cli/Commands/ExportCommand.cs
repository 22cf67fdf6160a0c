using DakarCafe.Engine.Backup;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Spectre.Console.Cli;

namespace DakarCafe.Cli.Commands;

/// <summary><c>dakarcafe export FILE</c>: the whole deployment, from one snapshot, into one archive.</summary>
internal sealed class ExportCommand : AsyncCommand<ArchiveSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, ArchiveSettings settings, CancellationToken cancellation)
    {
        if (System.IO.File.Exists(settings.File))
        {
            AnsiConsole.MarkupLine($"[red]{Markup.Escape(settings.File)} already exists.[/]");
            return 1;
        }

        await using var shop = await ShopInstance.StartAsync(settings);
        if (shop is null)
        {
            return 1;
        }

        await using var output = new FileStream(settings.File, FileMode.CreateNew, FileAccess.Write);
        var manifest = await ArchiveProgressBar.RunAsync(progress =>
            shop.Services.GetRequiredService<DeploymentArchive>().ExportAsync(output, progress, cancellation));
        AnsiConsole.MarkupLine($"[green]Exported[/] {manifest.Tables.Count} tables, {manifest.Rows} rows and {manifest.Files.Count} files to {Markup.Escape(settings.File)}.");
        return 0;
    }
}
