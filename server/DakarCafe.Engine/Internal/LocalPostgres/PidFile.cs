using System.Globalization;

namespace DakarCafe.Engine.Internal.LocalPostgres;

/// <summary>The postmaster.pid of a data folder: its first line is the postmaster's process id.</summary>
internal sealed record PidFile(int ProcessId)
{
    private const string FileName = "postmaster.pid";

    public static PidFile? Read(string dataDirectory)
    {
        try
        {
            var first = File.ReadLines(Path.Combine(dataDirectory, FileName)).FirstOrDefault();
            return int.TryParse(first, NumberStyles.None, CultureInfo.InvariantCulture, out var pid) ? new PidFile(pid) : null;
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    public static void Delete(string dataDirectory) => File.Delete(Path.Combine(dataDirectory, FileName));

    public async Task<bool> WaitForExitAsync(TimeSpan timeout, CancellationToken ct)
    {
        var deadline = Environment.TickCount64 + (long)timeout.TotalMilliseconds;
        while (IsPostgresAlive())
        {
            if (Environment.TickCount64 > deadline)
            {
                return false;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(20), ct);
        }

        return true;
    }

    /// <summary>True when the process exists (a zombie has no command line) and is a postgres server, not an unrelated process that reused the id.</summary>
    public bool IsPostgresAlive()
    {
        try
        {
            var command = File.ReadAllText($"/proc/{ProcessId}/cmdline");
            return command.Contains("postgres", StringComparison.Ordinal);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException or UnauthorizedAccessException or IOException)
        {
            return false;
        }
    }
}
