using DakarCafe.Engine.LocalPostgres;

namespace DakarCafe.Engine.Internal.LocalPostgres;

/// <summary>The folder that holds a PostgreSQL server installation's initdb and pg_ctl.</summary>
internal sealed record PostgresBinaries(string Directory)
{
    public const string InstallHint = "apt-get install -y postgresql";

    public string InitDb => Path.Combine(Directory, "initdb");

    public string PgCtl => Path.Combine(Directory, "pg_ctl");

    /// <summary>Searches the given folders, then PATH, then /usr/lib/postgresql/*/bin (newest version first).</summary>
    public static PostgresBinaries Locate(LocalPostgresOptions options)
    {
        var candidates = options.BinarySearchPaths.AsEnumerable();
        if (options.SearchSystemPaths)
        {
            candidates = candidates.Concat(PathFolders()).Concat(DebianVersionFolders());
        }

        var found = candidates.FirstOrDefault(HasServerTools)
            ?? throw new LocalPostgresException(
                $"PostgreSQL server binaries (initdb, pg_ctl) were not found on PATH or in /usr/lib/postgresql/*/bin. " +
                $"Install them ({InstallHint}) or set ConnectionStrings:Postgres to an existing server.");
        return new PostgresBinaries(found);
    }

    private static bool HasServerTools(string folder) =>
        File.Exists(Path.Combine(folder, "initdb")) && File.Exists(Path.Combine(folder, "pg_ctl"));

    private static string[] PathFolders() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);

    private static IEnumerable<string> DebianVersionFolders()
    {
        const string root = "/usr/lib/postgresql";
        if (!System.IO.Directory.Exists(root))
        {
            return [];
        }

        return System.IO.Directory.EnumerateDirectories(root)
            .Select(dir => (dir, version: int.TryParse(Path.GetFileName(dir), out var v) ? v : -1))
            .OrderByDescending(x => x.version)
            .Select(x => Path.Combine(x.dir, "bin"));
    }
}
