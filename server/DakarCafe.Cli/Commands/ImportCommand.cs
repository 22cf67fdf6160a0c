using System.ComponentModel;
using DakarCafe.Engine.Backup;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Spectre.Console.Cli;

namespace DakarCafe.Cli.Commands;

/// <summary><c>dakarcafe import FILE</c>: restores an export, checked whole before anything is written.</summary>
internal sealed class ImportCommand : AsyncCommand<ImportCommand.Settings>
{
    public sealed class Settings : ArchiveSettings
    {
        [CommandOption("--replace")]
        [Description("Overwrite a deployment that already holds data.")]
        public bool Replace { get; init; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellation)
    {
        if (!System.IO.File.Exists(settings.File))
        {
            AnsiConsole.MarkupLine($"[red]{Markup.Escape(settings.File)} does not exist.[/]");
            return 1;
        }

        await using var shop = await ShopInstance.StartAsync(settings);
        if (shop is null)
        {
            return 1;
        }

        await using var input = System.IO.File.OpenRead(settings.File);
        try
        {
            var manifest = await ArchiveProgressBar.RunAsync(progress =>
                shop.Services.GetRequiredService<DeploymentArchive>().ImportAsync(input, settings.Replace, progress, cancellation));
            AnsiConsole.MarkupLine($"[green]Imported[/] {manifest.Tables.Count} tables, {manifest.Rows} rows and {manifest.Files.Count} files.");
            return 0;
        }
        catch (ArchiveException refused)
        {
            AnsiConsole.MarkupLine($"[red]Nothing was imported:[/] {Markup.Escape(refused.Message)}");
            return 1;
        }
    }
}
