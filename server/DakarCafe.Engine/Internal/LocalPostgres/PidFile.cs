using System.Globalization;

namespace DakarCafe.Engine.Internal.LocalPostgres;

/// <summary>
/// The postmaster.pid of a data folder: the postmaster's process id (line 1), its port (line 4) and, once it has
/// started, its status (line 8: <c>starting</c>, <c>ready</c>, <c>stopping</c>).
/// </summary>
internal sealed record PidFile(int ProcessId, int? Port, string? Status)
{
    private const string FileName = "postmaster.pid";

    /// <summary>True when the postmaster says it accepts connections.</summary>
    public bool IsReady => Status == "ready";

    public static PidFile? Read(string dataDirectory)
    {
        try
        {
            var lines = File.ReadAllLines(Path.Combine(dataDirectory, FileName));
            if (lines.Length == 0 || !int.TryParse(lines[0], NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
            {
                return null;
            }

            int? port = lines.Length > 3 && int.TryParse(lines[3], NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? p : null;
            return new PidFile(pid, port, lines.Length > 7 ? lines[7].Trim() : null);
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
