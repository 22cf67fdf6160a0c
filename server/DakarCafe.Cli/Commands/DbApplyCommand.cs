using DakarCafe.Engine.Storage;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Spectre.Console;
using Spectre.Console.Cli;

namespace DakarCafe.Cli.Commands;

/// <summary><c>dakarcafe db-apply FILE</c>: applies a reviewed <c>db-patch</c> script in one transaction and records it.</summary>
internal sealed class DbApplyCommand : AsyncCommand<ScriptSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, ScriptSettings settings, CancellationToken cancellation)
    {
        if (!File.Exists(settings.File))
        {
            AnsiConsole.MarkupLine($"[red]{Markup.Escape(settings.File)} does not exist.[/]");
            return 1;
        }

        await using var shop = await ShopInstance.BuildAsync(settings);
        if (shop is null)
        {
            return 1;
        }

        var script = await File.ReadAllTextAsync(settings.File, cancellation);
        try
        {
            var applied = await SchemaScripts.ApplyAsync(shop.Services.GetRequiredService<IDocumentStore>(), shop.Services.GetRequiredService<NpgsqlDataSource>(),
                Path.GetFileName(settings.File), script, cancellation);
            AnsiConsole.MarkupLine(applied
                ? $"[green]Applied[/] {Markup.Escape(settings.File)}; the schema is the one this version expects."
                : "[green]The database's schema is already up to date[/]: nothing was applied.");
            return 0;
        }
        catch (SchemaMismatchException refused)
        {
            AnsiConsole.MarkupLine($"[red]Nothing was applied:[/] {Markup.Escape(refused.Message)}");
            return 1;
        }
    }
}
