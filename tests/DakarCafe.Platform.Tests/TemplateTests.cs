using System.Diagnostics;
using DakarCafe.Fixtures;

namespace DakarCafe.Platform.Tests;

/// <summary>
/// A stranger's path: install the template package, make an app, and run its own tests (which start its server on
/// DakarCafe.Testing's PostgreSQL), all from the packed packages; its committed generated TypeScript is what codegen
/// makes from its schema.
/// </summary>
public sealed class TemplateTests(PackedSolution packed)
{
    [Fact]
    public async Task A_new_app_from_the_template_builds_from_the_packages_and_its_own_tests_pass()
    {
        using var folder = new StrangerApp(packed.Feed);
        var hive = Path.Combine(folder.Root, ".templates");

        var install = await DotnetAsync(folder, ".", ["new", "install", Path.Combine(packed.Feed, "DakarCafe.Templates.0.1.0.nupkg"), "--debug:custom-hive", hive]);
        var made = await DotnetAsync(folder, ".", ["new", "dakarcafe-app", "-n", "Baobab", "-o", "Baobab", "--debug:custom-hive", hive]);
        File.Copy(Path.Combine(folder.Root, "nuget.config"), Path.Combine(folder.Root, "Baobab", "nuget.config"));
        var tested = await DotnetAsync(folder, "Baobab", ["test", "Baobab.slnx"], TimeSpan.FromMinutes(6));
        var codegen = await folder.CliAsync("Baobab/web", "codegen", "--check");

        install.ExitCode.Should().Be(0, install.Output);
        made.ExitCode.Should().Be(0, made.Output);
        (await File.ReadAllTextAsync(Path.Combine(folder.Root, "Baobab", "Baobab.Server", "Program.cs"), TestContext.Current.CancellationToken)).Should().Contain("auth.AppName = \"Baobab\"");
        tested.ExitCode.Should().Be(0, tested.Output);
        tested.Output.Should().MatchRegex(@"Passed!\s+- Failed:\s+0, Passed:\s+3,", "the template's three tests ran and passed");
        codegen.ExitCode.Should().Be(0, codegen.Output);
        codegen.Output.Should().Contain("up to date", "the template ships the TypeScript its schema generates");
    }

    private static async Task<(int ExitCode, string Output)> DotnetAsync(StrangerApp app, string folder, string[] arguments, TimeSpan? timeout = null)
    {
        var start = new ProcessStartInfo("dotnet", arguments) { WorkingDirectory = Path.Combine(app.Root, folder) };
        foreach (var (key, value) in app.Environment)
        {
            start.Environment[key] = value;
        }

        await using var process = TestProcess.Start(start);
        var exitCode = await process.ExitCodeAsync(Deadlines.Within(timeout ?? TimeSpan.FromMinutes(3)));
        return (exitCode, string.Join('\n', process.Lines));
    }
}
