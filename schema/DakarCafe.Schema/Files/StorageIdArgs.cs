namespace DakarCafe.Schema.Files;

/// <summary>Names one stored file.</summary>
/// <param name="StorageId">Its storage id (served at <c>/files/{storageId}</c>).</param>
public sealed record StorageIdArgs(Guid StorageId);
