using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace DakarCafe.Cli.Commands;

/// <summary><c>dakarcafe import FILE</c>: restores an export, checked whole before anything is written.</summary>
internal sealed class ImportCommand : AsyncCommand<ImportCommand.Settings>
{
    public sealed class Settings : FileSettings
    {
        [CommandOption("--replace")]
        [Description("Overwrite a deployment that already holds data.")]
        public bool Replace { get; init; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellation)
    {
        var file = Path.GetFullPath(settings.File);
        if (!File.Exists(file))
        {
            AnsiConsole.MarkupLine($"[red]{Markup.Escape(settings.File)} does not exist.[/]");
            return 1;
        }

        return await AppServerCommand.RunAsync(settings, "import", new() { ["file"] = file, ["replace"] = settings.Replace ? "true" : "false" },
            showProgress: true, cancellation);
    }
}
