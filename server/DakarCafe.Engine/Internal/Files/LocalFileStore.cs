using System.Runtime.CompilerServices;
using DakarCafe.Engine.Files;

namespace DakarCafe.Engine.Internal.Files;

/// <summary>
/// Files on the local file system, <c>{root}/{first two hex digits}/{id}</c>: written to a temporary name and moved
/// into place, so a reader never sees half a file.
/// </summary>
internal sealed class LocalFileStore(FileStorageOptions options) : IFileStore
{
    public async Task WriteAsync(Guid id, Stream content, CancellationToken ct)
    {
        var path = PathOf(id);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81_920, useAsync: true))
            {
                await content.CopyToAsync(file, ct);
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    public Task<Stream?> OpenReadAsync(Guid id, CancellationToken ct)
    {
        var path = PathOf(id);
        return Task.FromResult<Stream?>(File.Exists(path) ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81_920, useAsync: true) : null);
    }

    public Task DeleteAsync(Guid id, CancellationToken ct)
    {
        File.Delete(PathOf(id));
        return Task.CompletedTask;
    }

    public async IAsyncEnumerable<(Guid Id, DateTimeOffset WrittenAt)> ListAsync([EnumeratorCancellation] CancellationToken ct)
    {
        if (!Directory.Exists(options.Root))
        {
            yield break;
        }

        foreach (var path in Directory.EnumerateFiles(options.Root, "*", SearchOption.AllDirectories))
        {
            ct.ThrowIfCancellationRequested();
            if (Guid.TryParseExact(Path.GetFileName(path), "N", out var id))
            {
                yield return (id, new DateTimeOffset(File.GetLastWriteTimeUtc(path), TimeSpan.Zero));
            }
        }

        await Task.CompletedTask;
    }

    private string PathOf(Guid id)
    {
        var name = id.ToString("N");
        return Path.Combine(options.Root, name[..2], name);
    }
}
