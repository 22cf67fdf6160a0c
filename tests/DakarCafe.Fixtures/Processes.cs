using System.Globalization;

namespace DakarCafe.Fixtures;

/// <summary>Facts about processes by id, read from /proc.</summary>
public static class Processes
{
    /// <summary>True while the process runs; an exited one awaiting its parent (a zombie) has an empty command line.</summary>
    public static bool IsRunning(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/cmdline").Length > 0;
        }
        catch (IOException)
        {
            return false;
        }
    }

    /// <summary>The process's command line, its arguments separated by spaces; empty once it has exited.</summary>
    public static string CommandLine(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' ').Trim();
        }
        catch (IOException)
        {
            return "";
        }
    }

    /// <summary>The running processes started with <paramref name="variable"/>=<paramref name="value"/> in their environment.</summary>
    public static IReadOnlyList<int> WithEnvironment(string variable, string value)
    {
        var entry = $"{variable}={value}";
        var found = new List<int>();
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(folder), NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
                && EnvironmentOf(pid).Contains(entry) && IsRunning(pid))
            {
                found.Add(pid);
            }
        }

        return found;
    }

    /// <summary>Sends SIGKILL to the process, if it is still there.</summary>
    public static void Kill(int pid)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            process.Kill();
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            // It exited meanwhile.
        }
    }

    /// <summary>Sends <paramref name="signal"/> (a name such as <c>QUIT</c>) to the process, and waits until it has exited.</summary>
    public static async Task SignalAndWaitForExitAsync(int pid, string signal, CancellationToken ct)
    {
        using (var kill = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("kill") { ArgumentList = { "-s", signal, pid.ToString(CultureInfo.InvariantCulture) } })!)
        {
            await kill.WaitForExitAsync(ct);
        }

        while (IsRunning(pid))
        {
            await Task.Delay(TimeSpan.FromMilliseconds(20), ct);
        }
    }

    private static string[] EnvironmentOf(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/environ").Split('\0');
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Gone meanwhile, or another user's process (which ours cannot be).
            return [];
        }
    }
}
