using DakarCafe.Fixtures;

namespace DakarCafe.Platform.Tests;

/// <summary>The solution's packages, packed once from its Release build into a temporary local feed.</summary>
public sealed class PackedSolution : IAsyncLifetime
{
    public string Feed { get; } = TempFolders.Create("packages");

    public async ValueTask InitializeAsync()
    {
        await using var pack = TestProcess.Start("dotnet",
            ["pack", Path.Combine(RepositoryFolders.Root, "DakarCafe.sln"), "-c", "Release", "--no-build", "-o", Feed, "-v", "quiet", "-nologo"]);
        (await pack.ExitCodeAsync(Deadlines.Within(TimeSpan.FromMinutes(3)))).Should().Be(0, string.Join('\n', pack.Lines));
    }

    public ValueTask DisposeAsync()
    {
        TempFolders.Delete(Feed);
        return ValueTask.CompletedTask;
    }
}
