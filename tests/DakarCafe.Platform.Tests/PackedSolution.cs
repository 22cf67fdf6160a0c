using DakarCafe.Fixtures;

namespace DakarCafe.Platform.Tests;

/// <summary>The solution's packages, packed once from its Release build into a temporary local feed.</summary>
public sealed class PackedSolution : IAsyncLifetime
{
    public string Feed { get; } = TempFolders.Create("packages");

    public async ValueTask InitializeAsync() => await StrangerApp.PackSolutionAsync(Feed);

    public ValueTask DisposeAsync()
    {
        TempFolders.Delete(Feed);
        return ValueTask.CompletedTask;
    }
}
