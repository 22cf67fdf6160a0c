namespace DakarCafe.Testing;

/// <summary>Temporary folders under /tmp, which the postgres user can reach (unlike a root home folder).</summary>
public static class TempFolders
{
    public static string Create(string purpose)
    {
        var path = Path.Combine(Path.GetTempPath(), $"dakarcafe-{purpose}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(path);
        return path;
    }

    public static void Delete(string? path)
    {
        if (path is not null && Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }
    }
}
