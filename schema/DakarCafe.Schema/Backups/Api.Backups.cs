using DakarCafe.Protocol;
using DakarCafe.Schema.Backups;

namespace DakarCafe.Schema;

public static partial class Api
{
    /// <summary>The <c>backups</c> module's functions.</summary>
    public static class Backups
    {
        /// <summary><c>backups:backupData</c>: Writes a full, consistent export of the deployment on the server (staff).</summary>
        public static ActionReference<NoArgs, BackupInfo> BackupData { get; } = new("backups:backupData");
    }
}
