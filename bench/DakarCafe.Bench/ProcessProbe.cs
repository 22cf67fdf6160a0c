using System.Globalization;

namespace DakarCafe.Bench;

/// <summary>CPU seconds and peak resident memory of a process, read from /proc.</summary>
internal static class ProcessProbe
{
    private static readonly double TicksPerSecond = 100;

    public static double CpuSeconds(int pid)
    {
        var fields = StatFields(pid)!;
        return (Ticks(fields, 11) + Ticks(fields, 12)) / TicksPerSecond;
    }

    /// <summary>
    /// CPU seconds of a process and its children, live (their own time) or exited (counted in the parent's): a
    /// PostgreSQL server's postmaster and every backend, checkpointer and writer it started.
    /// </summary>
    public static double TreeCpuSeconds(int rootPid)
    {
        var root = StatFields(rootPid)!;
        var ticks = Ticks(root, 11) + Ticks(root, 12) + Ticks(root, 13) + Ticks(root, 14);
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(folder), CultureInfo.InvariantCulture, out var pid) && pid != rootPid
                && StatFields(pid) is { } child && Ticks(child, 1) == rootPid)
            {
                ticks += Ticks(child, 11) + Ticks(child, 12);
            }
        }

        return ticks / TicksPerSecond;
    }

    /// <summary>The fields of /proc/pid/stat after the command name (so index 0 is the state); null once the process is gone.</summary>
    private static string[]? StatFields(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static long Ticks(string[] fields, int index) => long.Parse(fields[index], CultureInfo.InvariantCulture);

    public static double PeakMemoryMb(int pid) => StatusMb(pid, "VmHWM:");

    /// <summary>The process's resident memory now.</summary>
    public static double MemoryMb(int pid) => StatusMb(pid, "VmRSS:");

    private static double StatusMb(int pid, string field)
    {
        var line = File.ReadLines($"/proc/{pid}/status").First(l => l.StartsWith(field, StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024.0;
    }

    /// <summary>The machine's load average and a fixed spin's duration: these machines are shared, so other work shows here.</summary>
    public static string Noise()
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var x = 0UL;
        for (var i = 0UL; i < 200_000_000UL; i++)
        {
            x = (x * 6364136223846793005UL) + i;
        }

        var spin = System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        var load = File.ReadAllText("/proc/loadavg").Split(' ')[..3];
        return string.Create(CultureInfo.InvariantCulture, $"load average {string.Join(' ', load)}, fixed spin {spin:0} ms (checksum {x % 10})");
    }
}
