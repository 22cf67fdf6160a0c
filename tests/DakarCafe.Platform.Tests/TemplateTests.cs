using System.IO.Compression;
using System.Text.Json;
using DakarCafe.Fixtures;

namespace DakarCafe.Platform.Tests;

/// <summary>
/// A stranger's path: install the template package, make an app, and run its own tests (which start its server on
/// DakarCafe.Testing's PostgreSQL), all from the packed packages; its committed generated TypeScript is what codegen
/// makes from its schema; and the CLI's deployment commands run the app's own server, on the app's own data.
/// </summary>
public sealed class TemplateTests(PackedSolution packed)
{
    [Fact]
    public async Task A_new_app_from_the_template_builds_from_the_packages_its_own_tests_pass_and_the_cli_exports_its_own_data()
    {
        using var folder = new StrangerApp(packed.Feed);

        await folder.NewAppAsync("Baobab");
        var tested = await folder.DotnetAsync("Baobab", ["test", "Baobab.slnx"], TimeSpan.FromMinutes(6));
        var codegen = await folder.CliAsync("Baobab/web", "codegen", "--check");
        var admin = await folder.CliAsync("Baobab", "users", "create-admin", "--email", "fatou@baobab.sn", "--password", "Baobab-Teranga-2026");
        var archive = Path.Combine(folder.Root, "baobab.zip");
        var exported = await folder.CliAsync("Baobab/web", "export", archive);
        var seeded = await folder.CliAsync("Baobab", "seed");

        (await File.ReadAllTextAsync(Path.Combine(folder.Root, "Baobab", "Baobab.Server", "Program.cs"), TestContext.Current.CancellationToken))
            .Should().Contain("auth.AppName = \"Baobab\"", "the template names things after the app");
        tested.ExitCode.Should().Be(0, tested.Output);
        tested.Output.Should().MatchRegex(@"Passed!\s+- Failed:\s+0, Passed:\s+4,", "the template's four tests ran and passed");
        codegen.ExitCode.Should().Be(0, codegen.Output);
        codegen.Output.Should().Contain("up to date", "the template ships the TypeScript its schema generates");
        admin.ExitCode.Should().Be(0, admin.Output);
        admin.Output.Should().Contain("fatou@baobab.sn is an admin");
        exported.ExitCode.Should().Be(0, exported.Output);
        var ct = TestContext.Current.CancellationToken;
        await using (var zip = await ZipFile.OpenReadAsync(archive, ct))
        await using (var manifest = await zip.GetEntry("manifest.json")!.OpenAsync(ct))
        {
            using var document = await JsonDocument.ParseAsync(manifest, cancellationToken: ct);
            var tables = document.RootElement.GetProperty("Tables").EnumerateArray()
                .Select(t => t.GetProperty("Name").GetString()).ToList();
            tables.Should().Contain(t => t!.EndsWith("mt_doc_note", StringComparison.Ordinal), "the app's own documents are exported")
                .And.NotContain(t => t!.Contains("product", StringComparison.Ordinal), "by the app's server, not the shop's");
        }

        (seeded.ExitCode, seeded.Output).Should().Match<(int, string)>(r => r.Item1 == 1 && r.Item2.Contains("no \"seed\" command"), seeded.Output);
    }
}
