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

        await folder.NewAppAsync("Baobab");
        var tested = await folder.DotnetAsync("Baobab", ["test", "Baobab.slnx"], TimeSpan.FromMinutes(6));
        var codegen = await folder.CliAsync("Baobab/web", "codegen", "--check");

        (await File.ReadAllTextAsync(Path.Combine(folder.Root, "Baobab", "Baobab.Server", "Program.cs"), TestContext.Current.CancellationToken))
            .Should().Contain("auth.AppName = \"Baobab\"", "the template names things after the app");
        tested.ExitCode.Should().Be(0, tested.Output);
        tested.Output.Should().MatchRegex(@"Passed!\s+- Failed:\s+0, Passed:\s+3,", "the template's three tests ran and passed");
        codegen.ExitCode.Should().Be(0, codegen.Output);
        codegen.Output.Should().Contain("up to date", "the template ships the TypeScript its schema generates");
    }
}
