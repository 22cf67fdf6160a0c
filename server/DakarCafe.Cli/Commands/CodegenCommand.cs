using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace DakarCafe.Cli.Commands;

/// <summary>
/// <c>dakarcafe codegen</c>: builds the app's schema project (or, with <c>--no-build</c>, reads it as built) and writes its TypeScript (<c>api</c>, types, error
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

        [CommandOption("--no-build")]
        [Description("Read the schema project as last built, without building it first (a CI step after the solution's build).")]
        public bool NoBuild { get; init; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellation)
    {
        if (AppProject.Find() is not { } app)
        {
            return 1;
        }

        var stale = await GenerateAsync(app, settings, cancellation);
        if (stale is null)
        {
            return 1;
        }

        AnsiConsole.MarkupLine(stale.Count == 0
            ? "generated files are up to date"
            : $"{(settings.Check ? "[red]out of date[/]" : "written")}: {Markup.Escape(app.Describe(stale))}");
        return settings.Check && stale.Count > 0 ? 1 : 0;
    }

    /// <summary>Builds the schema (unless told not to) and updates, or with --check compares, the generated files; null when there is no assembly.</summary>
    private static async Task<IReadOnlyList<string>?> GenerateAsync(AppProject app, Settings settings, CancellationToken ct)
    {
        if (await app.BuildAsync(app.SchemaProject, settings.Configuration, build: !settings.NoBuild, ct) is not { } assembly)
        {
            return null;
        }

        return app.UpdateGenerated(assembly, settings.Check);
    }
}
