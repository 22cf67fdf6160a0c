using DakarCafe.Engine.Storage;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Spectre.Console.Cli;

namespace DakarCafe.Cli.Commands;

/// <summary><c>dakarcafe db-patch FILE</c>: the SQL a deployment's database lacks for this version, to review before <c>db-apply</c>.</summary>
internal sealed class DbPatchCommand : AsyncCommand<ScriptSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, ScriptSettings settings, CancellationToken cancellation)
    {
        var file = Path.GetFullPath(settings.File);
        if (File.Exists(file))
        {
            AnsiConsole.MarkupLine($"[red]{Markup.Escape(file)} already exists.[/]");
            return 1;
        }

        await using var shop = await ShopInstance.BuildAsync(settings);
        if (shop is null)
        {
            return 1;
        }

        var script = await SchemaScripts.WriteAsync(shop.Services.GetRequiredService<IDocumentStore>(), cancellation);
        if (script is null)
        {
            AnsiConsole.MarkupLine("[green]The database's schema is up to date[/]: nothing to write.");
            return 0;
        }

        await File.WriteAllTextAsync(file, script, cancellation);
        AnsiConsole.MarkupLine($"[green]Wrote[/] {Markup.Escape(file)} ({script.Split('\n').Length} lines). Review it, then: dakarcafe db-apply {Markup.Escape(settings.File)}");
        return 0;
    }
}
