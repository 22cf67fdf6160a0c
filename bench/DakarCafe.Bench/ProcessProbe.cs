using System.Globalization;

namespace DakarCafe.Bench;

/// <summary>CPU seconds and peak resident memory of a process, read from /proc.</summary>
internal static class ProcessProbe
{
    private static readonly double TicksPerSecond = 100;

    public static double CpuSeconds(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / TicksPerSecond;
    }

    public static double PeakMemoryMb(int pid)
    {
        var line = File.ReadLines($"/proc/{pid}/status").First(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
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
