namespace DakarCafe.Schema.Jobs;

/// <summary>Where a scheduled job is.</summary>
public enum JobStatus
{
    /// <summary>Waiting for its time, or for its next attempt.</summary>
    Pending,

    /// <summary>Running on a node.</summary>
    Running,

    /// <summary>Done.</summary>
    Succeeded,

    /// <summary>Failed on every attempt.</summary>
    Failed,

    /// <summary>Cancelled before it ran.</summary>
    Cancelled,
}
