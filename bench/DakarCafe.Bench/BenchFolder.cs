namespace DakarCafe.Bench;

/// <summary>A run's own temporary folder (its PostgreSQL cluster, keys, files), deleted when the run is over.</summary>
internal static class BenchFolder
{
    public static async Task RunInAsync(Func<string, Task> run)
    {
        var folder = Path.Combine(Path.GetTempPath(), "dakarcafe-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            await run(folder);
        }
        finally
        {
            // Only once the run's cluster is stopped: deleting a running cluster's folder leaves it running.
            Directory.Delete(folder, recursive: true);
        }
    }
}
