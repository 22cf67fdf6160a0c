namespace DakarCafe.Fixtures;

/// <summary>Temporary folders under /tmp, which the postgres user can reach (unlike a root home folder).</summary>
public static class TempFolders
{
    public static string Create(string purpose)
    {
        var path = Path.Combine(Path.GetTempPath(), $"dakarcafe-{purpose}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>A folder in <paramref name="parent"/> that only its owner can enter (mode 0700), as a clone under /root or a mktemp folder is.</summary>
    public static string CreatePrivate(string parent, string name)
    {
        var folder = Directory.CreateDirectory(Path.Combine(parent, name)).FullName;
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        return folder;
    }

    public static void Delete(string? path)
    {
        if (path is not null && Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }
    }
}
