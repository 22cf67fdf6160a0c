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
    public async Task<(int ExitCode, string Output)> CliAsync(string folder, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet", [RepositoryFolders.CliDll, .. arguments])
        {
            WorkingDirectory = Path.Combine(Root, folder),
        };
        foreach (var (key, value) in Environment)
        {
            start.Environment[key] = value;
        }

        await using var cli = TestProcess.Start(start);
        var exitCode = await cli.ExitCodeAsync(Deadlines.Within(TimeSpan.FromMinutes(3)));
        return (exitCode, string.Join('\n', cli.Lines));
    }

    public void Dispose() => TempFolders.Delete(Root);

    public override string ToString() => $"{Root} (feed {_feed})";
}
