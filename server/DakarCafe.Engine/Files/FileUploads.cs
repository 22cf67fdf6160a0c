using System.Buffers.Text;
using System.Security.Cryptography;
using DakarCafe.Engine.Errors;
using DakarCafe.Engine.Functions;

namespace DakarCafe.Engine.Files;

/// <summary>
/// File storage as functions see it. A mutation hands out an upload URL (<see cref="CreateUploadUrl"/>); the client
/// POSTs the bytes there and gets the storage id that documents then refer to; <c>GET /files/{id}</c> serves them.
/// </summary>
public static class FileUploads
{
    /// <summary>Where upload URLs point.</summary>
    public const string UploadPath = "/files/upload";

    /// <summary>Where files are served: <c>/files/{storageId}</c>.</summary>
    public const string DownloadPath = "/files";

    /// <summary>The URL was never handed out (or was altered).</summary>
    public const string UrlInvalid = "UPLOAD_URL_INVALID";

    /// <summary>The URL's one upload already happened.</summary>
    public const string UrlUsed = "UPLOAD_URL_USED";

    /// <summary>The URL is past its lifetime.</summary>
    public const string UrlExpired = "UPLOAD_URL_EXPIRED";
    internal const string CompleteFunction = "files:completeUpload";

    /// <summary>A single-use upload URL for the caller, valid for the policy's lifetime, created in the mutation's transaction.</summary>
    public static UploadUrl CreateUploadUrl(MutationContext ctx, UploadPolicy policy)
    {
        var secret = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        var now = ctx.Time.GetUtcNow();
        var ticket = new UploadTicket(Guid.CreateVersion7(now), Hash(secret), ctx.Identity.UserId, policy.Purpose, policy.MaxBytes, policy.ContentTypes,
            now + policy.Lifetime, StorageId: null, now);
        ctx.Store(ticket);
        return new UploadUrl($"{UploadPath}/{ticket.Id:N}.{secret}", ticket.ExpiresAt);
    }

    /// <summary>Forgets a file in the mutation's transaction; its bytes go with the next cleanup.</summary>
    public static void Delete(MutationContext ctx, Guid storageId) => ctx.Delete<StoredFile>(storageId);

    /// <summary>The ticket an upload URL's last segment (<c>{id}.{secret}</c>) stands for, if the secret is its own.</summary>
    internal static (Guid Id, string Secret)? Parse(string segment) =>
        segment.Split('.') is [var id, var secret] && Guid.TryParseExact(id, "N", out var ticketId) && secret.Length is > 0 and < 100 ? (ticketId, secret) : null;

    internal static bool Matches(UploadTicket ticket, string secret) =>
        CryptographicOperations.FixedTimeEquals(Convert.FromHexString(ticket.SecretHash), SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(secret)));

    /// <summary>Why the ticket can no longer be used at <paramref name="now"/>, or null when it can.</summary>
    internal static AppError? Refusal(UploadTicket ticket, DateTimeOffset now) =>
        ticket.StorageId is not null ? new AppError(UrlUsed, "This upload URL was already used; ask for a new one.")
        : now > ticket.ExpiresAt ? new AppError(UrlExpired, "This upload URL has expired; ask for a new one.")
        : null;

    /// <summary><c>files:completeUpload</c> (internal): spends the ticket and records the file, once, whatever races it.</summary>
    internal static async Task<StoredFile> CompleteAsync(MutationContext ctx, CompletedUpload upload, CancellationToken ct)
    {
        var ticket = await ctx.LoadAsync<UploadTicket>(upload.TicketId, ct) ?? throw new AppError(UrlInvalid, "This upload URL is not valid.");
        var now = ctx.Time.GetUtcNow();
        if (Refusal(ticket, now) is { } refused)
        {
            throw refused;
        }

        var file = new StoredFile(upload.StorageId, upload.ContentType, upload.Size, upload.Sha256, ticket.OwnerId, ticket.Purpose, now);
        ctx.Store(ticket with { StorageId = file.Id });
        ctx.Store(file);
        return file;
    }

    private static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(secret)));
}

/// <summary>The bytes of an upload are stored; the ticket is to be spent on them.</summary>
internal sealed record CompletedUpload(Guid TicketId, Guid StorageId, string ContentType, long Size, string Sha256);
