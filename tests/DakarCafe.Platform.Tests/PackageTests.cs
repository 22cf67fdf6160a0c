using System.IO.Compression;
using System.Xml.Linq;

namespace DakarCafe.Platform.Tests;

/// <summary>
/// What a stranger's app installs: every DakarCafé package packs from the built solution with its README, licence,
/// XML docs and symbols, and depends on its sibling packages (not on the shop).
/// </summary>
public sealed class PackageTests(PackedSolution packed)
{
    private readonly string _feed = packed.Feed;

    [Theory]
    [InlineData("DakarCafe.Engine", new[] { "DakarCafe.Protocol", "Marten", "Npgsql" })]
    [InlineData("DakarCafe.Auth", new[] { "DakarCafe.Engine", "OpenIddict.AspNetCore" })]
    [InlineData("DakarCafe.Client", new[] { "DakarCafe.Protocol", "Microsoft.AspNetCore.SignalR.Client" })]
    [InlineData("DakarCafe.Protocol", new[] { "MessagePack.Annotations" })]
    public void A_library_package_carries_its_readme_licence_docs_and_symbols_and_depends_on_packages_only(string id, string[] dependencies)
    {
        using var package = ZipFile.OpenRead(Path.Combine(_feed, $"{id}.0.1.0.nupkg"));
        var nuspec = Nuspec(package);

        Element(nuspec, "readme").Should().Be("README.md");
        package.GetEntry("README.md")!.Length.Should().BeGreaterThan(200, "the README says what the package is for");
        Element(nuspec, "license").Should().Be("MIT");
        Element(nuspec, "description").Should().NotBeNullOrWhiteSpace();
        package.GetEntry($"lib/net10.0/{id}.dll").Should().NotBeNull();
        package.GetEntry($"lib/net10.0/{id}.xml").Should().NotBeNull("IntelliSense needs the XML docs");
        var depends = nuspec.Descendants().Where(e => e.Name.LocalName == "dependency").Select(e => (string)e.Attribute("id")!).ToList();
        depends.Should().Contain(dependencies);
        depends.Should().NotContain(d => d == "DakarCafe.Server" || d == "DakarCafe.Schema", "an app's packages never bring the shop");
        using var symbols = ZipFile.OpenRead(Path.Combine(_feed, $"{id}.0.1.0.snupkg"));
        symbols.GetEntry($"lib/net10.0/{id}.pdb").Should().NotBeNull();
    }

    [Fact]
    public void The_cli_is_a_dotnet_tool_named_dakarcafe()
    {
        using var package = ZipFile.OpenRead(Path.Combine(_feed, "DakarCafe.Cli.0.1.0.nupkg"));

        Nuspec(package).Descendants().Where(e => e.Name.LocalName == "packageType").Select(e => (string)e.Attribute("name")!)
            .Should().Contain("DotnetTool");
        package.Entries.Should().Contain(e => e.FullName.EndsWith("/DotnetToolSettings.xml", StringComparison.Ordinal));
        using var settings = new StreamReader(package.Entries.First(e => e.FullName.EndsWith("/DotnetToolSettings.xml", StringComparison.Ordinal)).Open());
        settings.ReadToEnd().Should().Contain("Name=\"dakarcafe\"");
    }

    private static XDocument Nuspec(ZipArchive package)
    {
        using var stream = package.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open();
        return XDocument.Load(stream);
    }

    private static string? Element(XDocument nuspec, string name) => nuspec.Descendants().FirstOrDefault(e => e.Name.LocalName == name)?.Value;
}
