namespace DakarCafe.Engine.Files;

/// <summary>Where file bytes live, by storage id. Metadata (type, size, hash, owner) is in PostgreSQL as <see cref="StoredFile"/>.</summary>
public interface IFileStore
{
    /// <summary>Stores <paramref name="content"/> under <paramref name="id"/>, all or nothing.</summary>
    Task WriteAsync(Guid id, Stream content, CancellationToken ct);

    /// <summary>The file's bytes, or null when there is none.</summary>
    Task<Stream?> OpenReadAsync(Guid id, CancellationToken ct);

    /// <summary>Removes the file's bytes; nothing happens when there are none.</summary>
    Task DeleteAsync(Guid id, CancellationToken ct);

    /// <summary>Every stored file with when it was written, for the orphan cleanup.</summary>
    IAsyncEnumerable<(Guid Id, DateTimeOffset WrittenAt)> ListAsync(CancellationToken ct);
}
