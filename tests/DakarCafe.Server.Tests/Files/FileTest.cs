using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using DakarCafe.Client;
using DakarCafe.Fixtures;
using DakarCafe.Schema;
using DakarCafe.Schema.Files;

namespace DakarCafe.Server.Tests.Files;

/// <summary>Uploads over real HTTP to the test server, with image bytes as cameras write them.</summary>
public abstract class FileTest(PostgresServer postgres) : ShopTest(postgres)
{
    /// <summary>A PNG: its signature, then <paramref name="length"/> - 8 bytes of the given seed.</summary>
    protected static byte[] Png(int length = 4_000, int seed = 1)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        byte[] signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
        signature.CopyTo(bytes, 0);
        return bytes;
    }

    /// <summary>A JPEG's first bytes (SOI, JFIF APP0), then noise.</summary>
    protected static byte[] Jpeg(int length = 3_000)
    {
        var bytes = Png(length, seed: 2);
        byte[] start = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46];
        start.CopyTo(bytes, 0);
        return bytes;
    }

    protected static Task<FileUploadUrl> UploadUrlAsync(DakarCafeClient client, UploadPurpose purpose) =>
        client.MutateAsync(Api.Files.GenerateUploadUrl, new GenerateUploadUrlArgs(purpose), Within());

    protected async Task<HttpResponseMessage> PostAsync(string url, byte[] body, string contentType = "image/png")
    {
        using var http = Server.CreateSocketClient();
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return await http.PostAsync(url, content, Within());
    }

    /// <summary>Uploads and returns the storage id, failing the test if the upload was refused.</summary>
    protected async Task<Guid> UploadAsync(DakarCafeClient client, byte[] body, UploadPurpose purpose = UploadPurpose.Avatar)
    {
        using var response = await PostAsync((await UploadUrlAsync(client, purpose)).Url, body);
        response.StatusCode.Should().Be(System.Net.HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Within()));
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Within())).GetProperty("storageId").GetGuid();
    }

    protected static async Task<string> CodeOfAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>(Within())).GetProperty("code").GetString()!;

    protected IReadOnlyList<string> StoredFiles() => [.. Directory.EnumerateFiles(FilesRoot, "*", SearchOption.AllDirectories)];
}
