using Microsoft.AspNetCore.Http;

namespace DakarCafe.Engine.Http;

/// <summary>What the plain HTTP endpoints (uploads, webhooks) share: bounded bodies and refusals as <c>{ code, message }</c>.</summary>
public static class HttpReplies
{
    /// <summary>
    /// The request's body, or null when it is longer than <paramref name="maxBytes"/> (by its Content-Length, or as
    /// read: never more than one chunk past the limit is read).
    /// </summary>
    public static async Task<byte[]?> ReadBoundedBodyAsync(HttpRequest request, long maxBytes, CancellationToken ct)
    {
        if (request.ContentLength > maxBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81_920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            await buffer.WriteAsync(chunk.AsMemory(0, read), ct);
        }

        return buffer.ToArray();
    }

    /// <summary>A refusal: <paramref name="status"/> with the JSON <c>{ code, message }</c>.</summary>
    public static IResult Refusal(int status, string code, string message) => Results.Json(new { code, message }, statusCode: status);
}
