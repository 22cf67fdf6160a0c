namespace DakarCafe.Engine.Backup;

/// <summary>
/// What an export archive holds (<c>manifest.json</c>, written last): every table with its columns, row count and the
/// SHA-256 of its COPY data, the sequences' values, and every file with its hash. An import checks all of it first.
/// </summary>
/// <param name="Format">The archive format; an import refuses any other.</param>
/// <param name="CreatedAt">When the export's snapshot was taken (UTC).</param>
/// <param name="Tables">The tables, in the snapshot.</param>
/// <param name="Sequences">The sequences' values.</param>
/// <param name="Files">The stored files' bytes.</param>
/// <param name="DataMigrations">
/// The data migrations the exported data had been through; null in an archive written before exports recorded them.
/// An import runs the ones its app declares that are not listed.
/// </param>
public sealed record ArchiveManifest(
    int Format, DateTimeOffset CreatedAt, IReadOnlyList<ArchivedTable> Tables, IReadOnlyList<ArchivedSequence> Sequences, IReadOnlyList<ArchivedFile> Files,
    IReadOnlyList<string>? DataMigrations)
{
    /// <summary>The format this engine writes and reads.</summary>
    public const int CurrentFormat = 1;

    /// <summary>The manifest's entry name.</summary>
    public const string Entry = "manifest.json";

    /// <summary>All rows of all tables.</summary>
    public long Rows => Tables.Sum(t => t.Rows);
}

/// <summary>One table: its qualified name, columns in order, rows, and its binary COPY data's entry and hash.</summary>
/// <param name="Name">The qualified name.</param>
/// <param name="Columns">Its columns, in order.</param>
/// <param name="Rows">How many rows.</param>
/// <param name="Entry">The archive entry of its binary COPY data.</param>
/// <param name="Sha256">That entry's SHA-256, hex.</param>
public sealed record ArchivedTable(string Name, IReadOnlyList<string> Columns, long Rows, string Entry, string Sha256);

/// <summary>A sequence and where it stood.</summary>
/// <param name="Name">The qualified name.</param>
/// <param name="LastValue">Its last value.</param>
/// <param name="IsCalled">Whether that value was handed out.</param>
public sealed record ArchivedSequence(string Name, long LastValue, bool IsCalled);

/// <summary>What an import restored, and the data migrations it ran on the restored data because the archive predates them.</summary>
/// <param name="Manifest">The archive's manifest.</param>
/// <param name="DataMigrationsRun">The migrations run, in order; empty when the archive had been through all of them.</param>
public sealed record ArchiveImport(ArchiveManifest Manifest, IReadOnlyList<string> DataMigrationsRun);

/// <summary>A stored file's bytes.</summary>
/// <param name="Id">The storage id.</param>
/// <param name="Entry">Its archive entry.</param>
/// <param name="Sha256">The entry's SHA-256, hex.</param>
public sealed record ArchivedFile(Guid Id, string Entry, string Sha256);

/// <summary>How far an export or import is: <paramref name="Done"/> of <paramref name="Total"/> items of a phase.</summary>
/// <param name="Phase">"checking", "tables" or "files".</param>
/// <param name="Item">The item being handled now.</param>
/// <param name="Done">Items of the phase done.</param>
/// <param name="Total">Items in the phase.</param>
public sealed record ArchiveProgress(string Phase, string Item, int Done, int Total);

/// <summary>An archive that cannot be imported, or a deployment that cannot take it; nothing was written.</summary>
public sealed class ArchiveException(string message) : Exception(message);
