using Spectre.Console;
using Spectre.Console.Cli;

namespace DakarCafe.Cli.Commands;

/// <summary><c>dakarcafe db-apply FILE</c>: applies a reviewed <c>db-patch</c> script in one transaction and records it.</summary>
internal sealed class DbApplyCommand : AsyncCommand<FileSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, FileSettings settings, CancellationToken cancellation)
    {
        var file = Path.GetFullPath(settings.File);
        if (!File.Exists(file))
        {
            AnsiConsole.MarkupLine($"[red]{Markup.Escape(settings.File)} does not exist.[/]");
            return 1;
        }

        return await AppServerCommand.RunAsync(settings, "db-apply", new() { ["file"] = file }, showProgress: false, cancellation);
    }
}
