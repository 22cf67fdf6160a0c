namespace DakarCafe.Testing;

/// <summary>Folders of this repository, found from the test binaries by walking up to DakarCafe.sln.</summary>
public static class RepositoryFolders
{
    public static string Root { get; } = FindRoot();

    public static string ServerProject => Path.Combine(Root, "server", "DakarCafe.Server");

    private static string FindRoot()
    {
        for (var dir = AppContext.BaseDirectory; dir is not null; dir = Path.GetDirectoryName(dir))
        {
            if (File.Exists(Path.Combine(dir, "DakarCafe.sln")))
            {
                return dir;
            }
        }

        throw new InvalidOperationException("DakarCafe.sln not found above " + AppContext.BaseDirectory);
    }
}
