namespace DakarCafe.Engine.Files;

/// <summary>What an upload URL accepts: a purpose, a size limit and the content types its bytes may have.</summary>
public sealed record UploadPolicy(string Purpose, long MaxBytes, IReadOnlyList<string> ContentTypes, TimeSpan Lifetime);

/// <summary>An upload URL (a path on the server) and when it stops working.</summary>
public sealed record UploadUrl(string Url, DateTimeOffset ExpiresAt);
