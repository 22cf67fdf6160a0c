using Spectre.Console;
using Spectre.Console.Cli;

namespace DakarCafe.Cli.Commands;

/// <summary><c>dakarcafe db-patch FILE</c>: the SQL a deployment's database lacks for this version, to review before <c>db-apply</c>.</summary>
internal sealed class DbPatchCommand : AsyncCommand<FileSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, FileSettings settings, CancellationToken cancellation)
    {
        var file = Path.GetFullPath(settings.File);
        if (File.Exists(file))
        {
            AnsiConsole.MarkupLine($"[red]{Markup.Escape(file)} already exists.[/]");
            return 1;
        }

        return await AppServerCommand.RunAsync(settings, "db-patch", new() { ["file"] = file }, showProgress: false, cancellation);
    }
}
