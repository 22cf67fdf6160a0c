using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace DakarCafe.Cli.Commands;

/// <summary>
/// <c>dakarcafe codegen</c>: builds the app's schema project and writes its TypeScript (<c>api</c>, types, error
/// codes) into the app's generated folder, as named by <c>dakarcafe.json</c>.
/// </summary>
internal sealed class CodegenCommand : AsyncCommand<CodegenCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--check")]
        [Description("Only compare: fail when the generated code is out of date.")]
        public bool Check { get; init; }

        [CommandOption("-c|--configuration <CONFIGURATION>")]
        [Description("The configuration the schema project is built in. Default: Debug.")]
        public string Configuration { get; init; } = "Debug";
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellation)
    {
        if (AppProject.Find() is not { } app)
        {
            return 1;
        }

        var stale = await GenerateAsync(app, settings.Configuration, settings.Check, cancellation);
        if (stale is null)
        {
            return 1;
        }

        AnsiConsole.MarkupLine(stale.Count == 0
            ? "generated files are up to date"
            : $"{(settings.Check ? "[red]out of date[/]" : "written")}: {Markup.Escape(app.Describe(stale))}");
        return settings.Check && stale.Count > 0 ? 1 : 0;
    }

    /// <summary>Builds the schema and updates (or, with <paramref name="checkOnly"/>, compares) the generated files; null when the build failed.</summary>
    private static async Task<IReadOnlyList<string>?> GenerateAsync(AppProject app, string configuration, bool checkOnly, CancellationToken ct)
    {
        if (await app.BuildAsync(app.SchemaProject, configuration, build: true, ct) is not { } assembly)
        {
            return null;
        }

        return app.UpdateGenerated(assembly, checkOnly);
    }
}
