namespace DakarCafe.Engine.Files;

/// <summary>An uploaded file's metadata; its id is the storage id documents refer to.</summary>
/// <param name="Id">The storage id.</param>
/// <param name="ContentType">The type found in its bytes (not the one the uploader claimed).</param>
/// <param name="Size">Its length in bytes.</param>
/// <param name="Sha256">Its SHA-256, hex: the ETag it is served with.</param>
/// <param name="OwnerId">The user who uploaded it.</param>
/// <param name="Purpose">What it was uploaded for (an avatar, a product image, ...).</param>
/// <param name="CreatedAt">When it was uploaded (UTC).</param>
public sealed record StoredFile(Guid Id, string ContentType, long Size, string Sha256, string? OwnerId, string Purpose, DateTimeOffset CreatedAt);
