using System.Security.Cryptography;
using System.Text;
using DakarCafe.Engine.LocalPostgres;

namespace DakarCafe.Engine.Internal.LocalPostgres;

/// <summary>Prepares a data folder that the postgres tools, running as the <c>postgres</c> user when we are root, can own.</summary>
internal static class DataFolder
{
    /// <summary>
    /// Where the cluster asked for at <paramref name="requested"/> lives: there, unless we are root, the <c>postgres</c>
    /// user cannot enter a folder above it (a clone under /root, a mktemp folder) and no cluster is there yet; then in
    /// a folder of its own under <paramref name="relocationRoot"/>, named by a hash of the path asked for, so every
    /// start from the same checkout finds the same data.
    /// </summary>
    public static string Resolve(string requested, string relocationRoot)
    {
        if (!ProcessRunner.IsRoot || OperatingSystem.IsWindows() || File.Exists(Path.Combine(requested, "PG_VERSION"))
            || Unreachable(requested) is null)
        {
            return requested;
        }

        var home = Path.Combine(relocationRoot, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(requested)))[..16]);
        Directory.CreateDirectory(home);
        File.WriteAllText(Path.Combine(home, "origin"), requested + "\n");
        return Path.Combine(home, "postgres");
    }

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

        if (Unreachable(dataDirectory) is { } unreachable)
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

    /// <summary>The first folder above <paramref name="path"/> that other users cannot enter, or null.</summary>
    private static string? Unreachable(string path) => Ancestors(path).FirstOrDefault(dir => !OthersCanEnter(dir));

    /// <summary>A folder not made yet counts as enterable: we make it, readable by all.</summary>
    private static bool OthersCanEnter(string dir) =>
        OperatingSystem.IsWindows() || !Directory.Exists(dir) || File.GetUnixFileMode(dir).HasFlag(UnixFileMode.OtherExecute);

    private static IEnumerable<string> Ancestors(string path)
    {
        for (var dir = Path.GetDirectoryName(path); !string.IsNullOrEmpty(dir); dir = Path.GetDirectoryName(dir))
        {
            yield return dir;
        }
    }
}
