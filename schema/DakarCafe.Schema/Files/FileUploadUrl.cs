namespace DakarCafe.Schema.Files;

/// <summary>
/// Where to POST one file's bytes (the server's path; the answer is <c>{ storageId, contentType, size }</c>), and
/// until when. The URL works once.
/// </summary>
/// <param name="Url">The upload path, relative to the server.</param>
/// <param name="ExpiresAt">When it stops working (UTC).</param>
public sealed record FileUploadUrl(string Url, DateTimeOffset ExpiresAt);
