namespace DakarCafe.Fixtures;

/// <summary>Folders of this repository, found from the test binaries by walking up to DakarCafe.sln.</summary>
public static class RepositoryFolders
{
    public static string Root { get; } = FindRoot();

    public static string ServerProject => Path.Combine(Root, "server", "DakarCafe.Server");

    /// <summary>The configuration the tests were built in (Release or Debug), so what they run was built with them.</summary>
    public static string Configuration { get; } = Path.GetFileName(Path.GetDirectoryName(AppContext.BaseDirectory.TrimEnd('/')))!;

    /// <summary>The <c>dakarcafe</c> CLI built beside the tests.</summary>
    public static string CliDll => Path.Combine(Root, "server", "DakarCafe.Cli", "bin", Configuration, "net10.0", "DakarCafe.Cli.dll");

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
