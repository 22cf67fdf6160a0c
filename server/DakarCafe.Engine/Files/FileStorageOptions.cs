namespace DakarCafe.Engine.Files;

/// <summary>Where uploaded files are kept (the local file system by default) and how long orphans are kept.</summary>
public sealed class FileStorageOptions
{
    /// <summary>The folder of the local file store; every node of a deployment must see the same one.</summary>
    public string Root { get; set; } = Path.Combine(".data", "files");

    /// <summary>How old a file without metadata (an upload that never completed, a deleted file) must be before the cleanup removes it.</summary>
    public TimeSpan OrphanGrace { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How often the cleanup cron runs.</summary>
    public TimeSpan CleanupInterval { get; set; } = TimeSpan.FromHours(1);
}
