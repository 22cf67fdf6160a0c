namespace DakarCafe.Engine.Scheduling;

/// <summary>Where a scheduled job is.</summary>
public enum JobState
{
    /// <summary>Waiting for its time (or for its next attempt after a failure).</summary>
    Pending,

    /// <summary>Claimed by a node and running; the claim lapses if the node dies, and another node takes the job.</summary>
    Running,

    /// <summary>Ran to completion.</summary>
    Succeeded,

    /// <summary>Failed on every attempt; <see cref="ScheduledJob.LastError"/> says why.</summary>
    Failed,

    /// <summary>Cancelled before it ran.</summary>
    Cancelled,
}
