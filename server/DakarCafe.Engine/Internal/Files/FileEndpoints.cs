using System.Security.Cryptography;
using DakarCafe.Engine.Errors;
using DakarCafe.Engine.Files;
using DakarCafe.Engine.Functions;
using DakarCafe.Engine.Http;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;

namespace DakarCafe.Engine.Internal.Files;

/// <summary>
/// <c>POST /files/upload/{ticket}</c> takes an upload's bytes: the URL must be valid, unused and unexpired, the body
/// within the size limit and, by its first bytes, of an allowed type; then it is stored and the ticket spent (a bad
/// body leaves the URL usable). <c>GET /files/{id}</c> serves a file with its type, ETag, long caching (a storage id
/// never changes content) and ranges. Every refusal is JSON <c>{ code, message }</c>.
/// </summary>
internal static class FileEndpoints
{
    private static readonly CallerIdentity Server = CallerIdentity.Anonymous with { IsServerCall = true };

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost($"{FileUploads.UploadPath}/{{ticket}}", UploadAsync).DisableAntiforgery();
        endpoints.MapGet($"{FileUploads.DownloadPath}/{{id:guid}}", DownloadAsync);
    }

    private static async Task<IResult> UploadAsync(string ticket, HttpRequest request, IDocumentStore documents, IFileStore files, IFunctionCaller caller,
        TimeProvider time, CancellationToken ct)
    {
        if (FileUploads.Parse(ticket) is not var (ticketId, secret))
        {
            return HttpReplies.Refusal(StatusCodes.Status404NotFound, FileUploads.UrlInvalid, "This upload URL is not valid.");
        }

        await using (var session = documents.QuerySession())
        {
            var found = await session.LoadAsync<UploadTicket>(ticketId, ct);
            if (found is null || !FileUploads.Matches(found, secret))
            {
                return HttpReplies.Refusal(StatusCodes.Status403Forbidden, FileUploads.UrlInvalid, "This upload URL is not valid.");
            }

            if (FileUploads.Refusal(found, time.GetUtcNow()) is { } refused)
            {
                return HttpReplies.Refusal(StatusCodes.Status410Gone, refused.Code, refused.Message);
            }

            var body = await HttpReplies.ReadBoundedBodyAsync(request, found.MaxBytes, ct);
            if (body is null)
            {
                return HttpReplies.Refusal(StatusCodes.Status413PayloadTooLarge, "FILE_TOO_LARGE", $"A file for this upload is at most {found.MaxBytes} bytes.");
            }

            var type = ContentSniffer.Detect(body.AsSpan(0, Math.Min(body.Length, ContentSniffer.HeadLength)));
            if (type is null || !found.ContentTypes.Contains(type))
            {
                return HttpReplies.Refusal(StatusCodes.Status415UnsupportedMediaType, "UNSUPPORTED_CONTENT",
                    $"The file's content is not one of: {string.Join(", ", found.ContentTypes)}.");
            }

            return await StoreAsync(found, body, type, files, caller, time, ct);
        }
    }

    private static async Task<IResult> StoreAsync(UploadTicket ticket, byte[] body, string type, IFileStore files, IFunctionCaller caller, TimeProvider time,
        CancellationToken ct)
    {
        var storageId = Guid.CreateVersion7(time.GetUtcNow());
        await using (var content = new MemoryStream(body, writable: false))
        {
            await files.WriteAsync(storageId, content, ct);
        }

        try
        {
            var file = await caller.MutateAsync<StoredFile>(FileUploads.CompleteFunction,
                new CompletedUpload(ticket.Id, storageId, type, body.Length, Convert.ToHexStringLower(SHA256.HashData(body))), Server, ct);
            return Results.Json(new { storageId = file.Id, contentType = file.ContentType, size = file.Size }, statusCode: StatusCodes.Status201Created);
        }
        catch (AppError refused)
        {
            await files.DeleteAsync(storageId, CancellationToken.None);
            return HttpReplies.Refusal(StatusCodes.Status410Gone, refused.Code, refused.Message);
        }
    }

    private static async Task<IResult> DownloadAsync(Guid id, HttpContext http, IDocumentStore documents, IFileStore files, CancellationToken ct)
    {
        StoredFile? file;
        await using (var session = documents.QuerySession())
        {
            file = await session.LoadAsync<StoredFile>(id, ct);
        }

        var content = file is null ? null : await files.OpenReadAsync(id, ct);
        if (file is null || content is null)
        {
            return HttpReplies.Refusal(StatusCodes.Status404NotFound, "NOT_FOUND", "No such file.");
        }

        http.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
        http.Response.Headers.XContentTypeOptions = "nosniff";
        // A file opened on its own (an SVG image, say) runs no script and loads nothing: it is content, not a page.
        http.Response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; sandbox";
        return Results.Stream(content, file.ContentType, lastModified: file.CreatedAt, entityTag: new EntityTagHeaderValue($"\"{file.Sha256}\""),
            enableRangeProcessing: true);
    }
}
