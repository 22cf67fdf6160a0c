namespace DakarCafe.Testing;

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
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return false;
        }
    }
}
