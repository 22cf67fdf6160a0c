namespace DakarCafe.Engine.Files;

/// <summary>
/// The right to upload one file, behind an upload URL: only the SHA-256 of the URL's secret is kept, so the URL cannot
/// be forged or rebuilt from the database; it expires, and it is spent by the upload that completes.
/// </summary>
public sealed record UploadTicket(
    Guid Id, string SecretHash, string? OwnerId, string Purpose, long MaxBytes, IReadOnlyList<string> ContentTypes, DateTimeOffset ExpiresAt,
    Guid? StorageId, DateTimeOffset CreatedAt);
