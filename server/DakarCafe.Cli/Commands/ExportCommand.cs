using Spectre.Console;
using Spectre.Console.Cli;

namespace DakarCafe.Cli.Commands;

/// <summary><c>dakarcafe export FILE</c>: the whole deployment, from one snapshot, into one archive.</summary>
internal sealed class ExportCommand : AsyncCommand<FileSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, FileSettings settings, CancellationToken cancellation)
    {
        var file = Path.GetFullPath(settings.File);
        if (File.Exists(file))
        {
            AnsiConsole.MarkupLine($"[red]{Markup.Escape(settings.File)} already exists.[/]");
            return 1;
        }

        return await AppServerCommand.RunAsync(settings, "export", new() { ["file"] = file }, showProgress: true, cancellation);
    }
}
