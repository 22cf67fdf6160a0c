namespace DakarCafe.Schema.Backups;

/// <summary>An export written on the server by <c>backups:backupData</c>.</summary>
/// <param name="FileName">The archive's file name in the server's backup folder.</param>
/// <param name="Bytes">Its size.</param>
/// <param name="Tables">How many tables it holds.</param>
/// <param name="Rows">How many rows in all.</param>
/// <param name="Files">How many stored files.</param>
/// <param name="CreatedAt">The moment of its snapshot (UTC).</param>
public sealed record BackupInfo(string FileName, long Bytes, int Tables, long Rows, int Files, DateTimeOffset CreatedAt);
