using System.Diagnostics;
using DakarCafe.Fixtures;

namespace DakarCafe.Platform.Tests;

/// <summary>
/// A folder outside the repository holding an app made by someone else, built only from the packed DakarCafé
/// packages (a local feed, restored into a package folder of its own so no earlier build's copy is used).
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

    public void Dispose() => TempFolders.Delete(Root);

    public override string ToString() => $"{Root} (feed {_feed})";
}
