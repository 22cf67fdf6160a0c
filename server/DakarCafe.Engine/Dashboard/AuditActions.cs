namespace DakarCafe.Engine.Dashboard;

/// <summary>The <see cref="AuditEntry.Action"/> names.</summary>
public static class AuditActions
{
    /// <summary>A document replaced in the data browser.</summary>
    public const string UpdateDocument = "updateDocument";

    /// <summary>A document deleted in the data browser.</summary>
    public const string DeleteDocument = "deleteDocument";

    /// <summary>A function run as another user.</summary>
    public const string Impersonate = "impersonate";

    /// <summary>A failed job started again.</summary>
    public const string RetryJob = "retryJob";

    /// <summary>A pending job cancelled.</summary>
    public const string CancelJob = "cancelJob";

    /// <summary>A stored file deleted.</summary>
    public const string DeleteFile = "deleteFile";

    /// <summary>An account given another role.</summary>
    public const string SetRole = "setRole";

    /// <summary>An account deactivated (its sessions end).</summary>
    public const string Deactivate = "deactivate";

    /// <summary>An account made active again.</summary>
    public const string Reactivate = "reactivate";
}
