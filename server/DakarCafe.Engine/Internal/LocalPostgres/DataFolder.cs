using DakarCafe.Engine.LocalPostgres;

namespace DakarCafe.Engine.Internal.LocalPostgres;

/// <summary>Prepares a data folder that the postgres tools, running as the <c>postgres</c> user when we are root, can own.</summary>
internal static class DataFolder
{
    public static async Task PrepareEmptyAsync(string dataDirectory, CancellationToken ct)
    {
        Directory.CreateDirectory(dataDirectory);
        if (Directory.EnumerateFileSystemEntries(dataDirectory).Any())
        {
            throw new LocalPostgresException(
                $"{dataDirectory} is neither empty nor a PostgreSQL data folder (no PG_VERSION); move it away or choose another folder.");
        }

        if (!ProcessRunner.IsRoot || OperatingSystem.IsWindows())
        {
            return;
        }

        var unreachable = Ancestors(dataDirectory).FirstOrDefault(dir => !OthersCanEnter(dir));
        if (unreachable is not null)
        {
            throw new LocalPostgresException(
                $"The '{ProcessRunner.ServiceUser}' user cannot enter {unreachable}, so it cannot own {dataDirectory}; choose a data folder elsewhere.");
        }

        var chown = await ProcessRunner.RunAsSelfAsync("chown", [$"{ProcessRunner.ServiceUser}:", dataDirectory], ct);
        if (!chown.Succeeded)
        {
            throw new LocalPostgresException(
                $"Could not give {dataDirectory} to the '{ProcessRunner.ServiceUser}' user ({chown.Output}). Install the server ({PostgresBinaries.InstallHint}).");
        }
    }

    private static bool OthersCanEnter(string dir) =>
        OperatingSystem.IsWindows() || File.GetUnixFileMode(dir).HasFlag(UnixFileMode.OtherExecute);

    private static IEnumerable<string> Ancestors(string path)
    {
        for (var dir = Path.GetDirectoryName(path); !string.IsNullOrEmpty(dir); dir = Path.GetDirectoryName(dir))
        {
            yield return dir;
        }
    }
}
