using System.Diagnostics;
using FluentAssertions;

namespace DakarCafe.Fixtures;

/// <summary>
/// A folder outside the repository holding an app made by someone else, built only from the packed DakarCafé
/// packages (a local feed, restored into a package folder of its own so no earlier build's copy is used): what the
/// platform tests and the dev-loop benchmark work in.
/// </summary>
public sealed class StrangerApp : IDisposable
{
    private readonly string _feed;

    public StrangerApp(string feed)
    {
        _feed = feed;
        File.WriteAllText(Path.Combine(Root, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="dakarcafe-local" value="{feed}" />
              </packageSources>
            </configuration>
            """);
    }

    public string Root { get; } = TempFolders.Create("stranger-app");

    /// <summary>What every command in the app runs with: packages restored into the app's own folder, no telemetry.</summary>
    public IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string>
    {
        ["NUGET_PACKAGES"] = Path.Combine(Root, ".packages"),
        ["COLUMNS"] = "200",
        ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
        ["DOTNET_NOLOGO"] = "1",
    };

    /// <summary>Writes a file of the app (folders made as needed).</summary>
    public void Write(string relativePath, string content)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }

    public string Read(string relativePath) => File.ReadAllText(Path.Combine(Root, relativePath));

    /// <summary>Runs the <c>dakarcafe</c> CLI in a folder of the app; its exit code and output.</summary>
    public Task<(int ExitCode, string Output)> CliAsync(string folder, params string[] arguments) =>
        DotnetAsync(folder, [RepositoryFolders.CliDll, .. arguments]);

    /// <summary>Runs <c>dotnet</c> in a folder of the app, bounded by <paramref name="timeout"/> (3 minutes by default); its exit code and output.</summary>
    public async Task<(int ExitCode, string Output)> DotnetAsync(string folder, string[] arguments, TimeSpan? timeout = null)
    {
        await using var process = TestProcess.Start(StartInfo(folder, arguments));
        var exitCode = await process.ExitCodeAsync(Deadlines.Within(timeout ?? TimeSpan.FromMinutes(3)));
        return (exitCode, string.Join('\n', process.Lines));
    }

    /// <summary>How <c>dotnet</c> is started in a folder of the app, with <see cref="Environment"/>.</summary>
    public ProcessStartInfo StartInfo(string folder, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo("dotnet", arguments) { WorkingDirectory = Path.Combine(Root, folder) };
        foreach (var (key, value) in Environment)
        {
            start.Environment[key] = value;
        }

        return start;
    }

    /// <summary>
    /// Installs the packed template (in a template cache of this folder's own) and makes an app named
    /// <paramref name="name"/> in the folder of that name, restoring from the packed feed; throws with the output when either fails.
    /// </summary>
    public async Task NewAppAsync(string name)
    {
        var hive = Path.Combine(Root, ".templates");
        var install = await DotnetAsync(".", ["new", "install", Path.Combine(_feed, "DakarCafe.Templates.0.1.0.nupkg"), "--debug:custom-hive", hive]);
        install.ExitCode.Should().Be(0, install.Output);
        var made = await DotnetAsync(".", ["new", "dakarcafe-app", "-n", name, "-o", name, "--debug:custom-hive", hive]);
        made.ExitCode.Should().Be(0, made.Output);
        File.Copy(Path.Combine(Root, "nuget.config"), Path.Combine(Root, name, "nuget.config"));
    }

    /// <summary>Packs the solution's Release build into <paramref name="feed"/>, a folder to use as a local feed; throws with the output when it fails.</summary>
    public static async Task PackSolutionAsync(string feed)
    {
        await using var pack = TestProcess.Start("dotnet",
            ["pack", Path.Combine(RepositoryFolders.Root, "DakarCafe.sln"), "-c", "Release", "--no-build", "-o", feed, "-v", "quiet", "-nologo"]);
        (await pack.ExitCodeAsync(Deadlines.Within(TimeSpan.FromMinutes(3)))).Should().Be(0, string.Join('\n', pack.Lines));
    }

    /// <summary>
    /// Adds to the template app <paramref name="app"/> a public query that counts the notes, as a developer would:
    /// its reference <c>Api.Notes.{property}</c> (function <paramref name="function"/>) in the schema, its handler in the server.
    /// </summary>
    public void AddNoteCountQuery(string app, string property, string function)
    {
        Edit($"{app}/{app}.Schema/Api.cs", "    public static class Notes\n    {\n",
            $"    public static class Notes\n    {{\n        /// <summary><c>{function}</c>: how many notes there are.</summary>\n" +
            $"        public static QueryReference<ListNotesArgs, int> {property} {{ get; }} = new(\"{function}\");\n\n");
        Edit($"{app}/{app}.Server/NotesModule.cs", "        f.Query(Api.Notes.List, AccessRule.Public, ListAsync);\n",
            $"        f.Query(Api.Notes.List, AccessRule.Public, ListAsync);\n        f.Query(Api.Notes.{property}, AccessRule.Public, (ctx, _, ct) => ctx.CountAsync<Note>(notes => notes, ct));\n");
    }

    private void Edit(string file, string anchor, string replacement)
    {
        var text = Read(file);
        text.Should().Contain(anchor, $"{file} is the template's");
        Write(file, text.Replace(anchor, replacement, StringComparison.Ordinal));
    }

    public void Dispose() => TempFolders.Delete(Root);

    public override string ToString() => $"{Root} (feed {_feed})";
}
