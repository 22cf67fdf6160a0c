using System.Text.Json;
using DakarCafe.Cli.Commands;
using DakarCafe.Codegen;
using Spectre.Console;

namespace DakarCafe.Cli;

/// <summary>
/// An app on DakarCafé, described by the <c>dakarcafe.json</c> at its root (as Convex has <c>convex.json</c>): its
/// schema project (the <c>Api</c> manifest and types clients use), its server project, and the folder its generated
/// TypeScript goes to. The commands that work on sources (codegen, dev) find it from the current folder up.
/// </summary>
internal sealed record AppProject(string Root, AppProject.Settings Config)
{
    public const string FileName = "dakarcafe.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The schema project's file.</summary>
    public string SchemaProject => Path.GetFullPath(Path.Combine(Root, Config.Schema));

    /// <summary>The server project's file.</summary>
    public string ServerProject => Path.GetFullPath(Path.Combine(Root, Config.Server));

    /// <summary>The server's folder: its content root, where its embedded database and files live.</summary>
    public string ServerFolder => Path.GetDirectoryName(ServerProject)!;

    /// <summary>Where the generated TypeScript is written.</summary>
    public string GeneratedFolder => Path.GetFullPath(Path.Combine(Root, Config.Generated));

    /// <summary>Where the schema project builds its assembly in <paramref name="configuration"/>; null when it does not say.</summary>
    public Task<string?> SchemaAssemblyAsync(string configuration, CancellationToken ct) => TargetPathAsync(SchemaProject, configuration, ct);

    /// <summary>
    /// Builds <paramref name="project"/> (unless <paramref name="build"/> is false) and returns its assembly; null, with
    /// the build's lines (shown only when it fails) and a line saying why, when it does not build or has no assembly.
    /// </summary>
    public async Task<string?> BuildAsync(string project, string configuration, bool build, CancellationToken ct)
    {
        if (build)
        {
            var (built, buildOutput) = await Dotnet.CaptureAsync(Root, ["build", project, "-c", configuration, "-v", "quiet", "-nologo"], ct);
            if (built != 0)
            {
                AnsiConsole.WriteLine(buildOutput);
                AnsiConsole.MarkupLine($"[red]The project did not build:[/] {Markup.Escape(project)}");
                return null;
            }
        }

        if (await TargetPathAsync(project, configuration, ct) is not { } assembly || !File.Exists(assembly))
        {
            AnsiConsole.MarkupLine($"[red]The project's assembly was not found[/] ({Markup.Escape(project)}, {Markup.Escape(configuration)}{(build ? "" : "; build it, or leave out --no-build")}).");
            return null;
        }

        return assembly;
    }

    private async Task<string?> TargetPathAsync(string project, string configuration, CancellationToken ct)
    {
        var (exit, assembly) = await Dotnet.CaptureAsync(Root, ["msbuild", project, "-getProperty:TargetPath", $"-p:Configuration={configuration}", "-nologo"], ct);
        return exit == 0 && !string.IsNullOrWhiteSpace(assembly) ? assembly : null;
    }

    /// <summary>
    /// Generates the TypeScript from the built schema at <paramref name="assembly"/> and updates the generated folder
    /// (or, with <paramref name="checkOnly"/>, compares it); returns the files that differed.
    /// </summary>
    public IReadOnlyList<string> UpdateGenerated(string assembly, bool checkOnly) =>
        DakarCafe.Codegen.GeneratedFolder.Update(GeneratedFolder, TypeScriptFiles.Generate(SchemaAssembly.Load(assembly)), checkOnly);

    /// <summary>The files, relative to the app's root, for a line of output.</summary>
    public string Describe(IEnumerable<string> files) => string.Join(", ", files.Select(f => Path.GetRelativePath(Root, f)));

    /// <summary>The app found from <paramref name="from"/> (the current folder by default) up; null, and unless <paramref name="quiet"/> a line saying so, when none.</summary>
    public static AppProject? Find(string? from = null, bool quiet = false)
    {
        for (var folder = new DirectoryInfo(from ?? Directory.GetCurrentDirectory()); folder is not null; folder = folder.Parent)
        {
            var file = Path.Combine(folder.FullName, FileName);
            if (File.Exists(file))
            {
                return Read(folder.FullName, file, quiet);
            }
        }

        if (!quiet)
        {
            AnsiConsole.MarkupLine($"[red]No {FileName} in this folder or above.[/] Run this inside an app (`dotnet new dakarcafe-app` makes one; " +
                "this repository's root describes the shop).");
        }

        return null;
    }

    private static AppProject? Read(string root, string file, bool quiet)
    {
        try
        {
            var settings = JsonSerializer.Deserialize<Settings>(File.ReadAllText(file), Json)
                ?? throw new JsonException("The file is empty.");
            if (string.IsNullOrWhiteSpace(settings.Schema) || string.IsNullOrWhiteSpace(settings.Server) || string.IsNullOrWhiteSpace(settings.Generated))
            {
                throw new JsonException("\"schema\", \"server\" and \"generated\" are required.");
            }

            return new AppProject(root, settings);
        }
        catch (JsonException e)
        {
            if (!quiet)
            {
                AnsiConsole.MarkupLine($"[red]{Markup.Escape(file)} cannot be read:[/] {Markup.Escape(e.Message)}");
            }

            return null;
        }
    }

    /// <summary>The contents of <c>dakarcafe.json</c>; paths are relative to its folder.</summary>
    /// <param name="Schema">The schema project (a .csproj holding the <c>Api</c> class).</param>
    /// <param name="Server">The server project (a .csproj whose <c>Program</c> starts the app).</param>
    /// <param name="Generated">The folder the generated TypeScript goes to, such as <c>web/src/_generated</c>.</param>
    internal sealed record Settings(string Schema, string Server, string Generated);
}
