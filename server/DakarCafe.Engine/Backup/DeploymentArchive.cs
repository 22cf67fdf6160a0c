using System.Data;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;
using DakarCafe.Engine.Files;
using DakarCafe.Engine.Internal.Reactivity;
using DakarCafe.Engine.Internal.Storage;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace DakarCafe.Engine.Backup;

/// <summary>
/// Export and import of a whole deployment, like <c>npx convex export</c>: every Marten table (documents, event
/// streams and events) as PostgreSQL binary COPY data taken in one snapshot, the sequences, and the stored files, in
/// one zip. An import checks the whole archive (format, hashes, the deployment's tables and columns) before it writes
/// anything, refuses a deployment that already holds data unless told to replace it, and restores everything in one
/// transaction. The commit log, mutation receipts and the token server's tables are not part of it: they are
/// rebuilt by the deployment that imports.
/// </summary>
public sealed class DeploymentArchive(NpgsqlDataSource dataSource, IDocumentStore store, IServiceProvider services, TimeProvider time)
{
    /// <summary>
    /// Tables that only hold the engine's own bookkeeping, which a fresh deployment writes by itself: its jobs, and the
    /// dashboard's log of calls and metrics samples (written as soon as the server serves).
    /// </summary>
    private static readonly string[] Bookkeeping = ["mt_doc_scheduledjob", "mt_doc_functioncallrecord", "mt_doc_metricssample"];

    private IFileStore? Files => services.GetService<IFileStore>();

    /// <summary>Writes the archive to <paramref name="output"/>; returns its manifest.</summary>
    public async Task<ArchiveManifest> ExportAsync(Stream output, IProgress<ArchiveProgress>? progress, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var snapshot = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, ct);
        var createdAt = time.GetUtcNow();
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        var tables = new List<ArchivedTable>();
        var source = await TablesAsync(connection, ct);
        foreach (var (name, columns) in source)
        {
            progress?.Report(new ArchiveProgress("tables", name, tables.Count, source.Count));
            var rows = await ScalarAsync<long>(connection, $"select count(*) from {name}", ct);
            var entry = $"tables/{name}.copy";
            await using var copy = await connection.BeginRawBinaryCopyAsync($"copy {name} ({string.Join(", ", columns.Select(Quote))}) to stdout (format binary)", ct);
            tables.Add(new ArchivedTable(name, columns, rows, entry, await WriteEntryAsync(zip, entry, copy, ct)));
        }

        var sequences = new List<ArchivedSequence>();
        foreach (var name in await SequencesAsync(connection, ct))
        {
            await using var command = new NpgsqlCommand($"select last_value, is_called from {name}", connection);
            await using var reader = await command.ExecuteReaderAsync(ct);
            await reader.ReadAsync(ct);
            sequences.Add(new ArchivedSequence(name, reader.GetInt64(0), reader.GetBoolean(1)));
        }

        var files = new List<ArchivedFile>();
        if (Files is { } fileStore && tables.Any(t => t.Name.EndsWith(".mt_doc_storedfile", StringComparison.Ordinal)))
        {
            var ids = await StoredFileIdsAsync(connection, ct);
            foreach (var id in ids)
            {
                progress?.Report(new ArchiveProgress("files", id.ToString(), files.Count, ids.Count));
                await using var content = await fileStore.OpenReadAsync(id, ct) ?? throw new ArchiveException($"The bytes of file {id} are missing.");
                var entry = $"files/{id:N}";
                files.Add(new ArchivedFile(id, entry, await WriteEntryAsync(zip, entry, content, ct)));
            }
        }

        var migrations = await SchemaInstaller.RecordedAsync(connection, ct);
        var manifest = new ArchiveManifest(ArchiveManifest.CurrentFormat, createdAt, tables, sequences, files, migrations);
        await using (var manifestStream = await zip.CreateEntry(ArchiveManifest.Entry).OpenAsync(ct))
        {
            await JsonSerializer.SerializeAsync(manifestStream, manifest, cancellationToken: ct);
        }

        return manifest;
    }

    /// <summary>
    /// Restores an archive. Everything is checked before anything is written; the tables are restored in one
    /// transaction, after the files (so a failure leaves at most orphan files, which the cleanup removes), and in that
    /// transaction the app's data migrations the archive's data predates run on it.
    /// </summary>
    public async Task<ArchiveImport> ImportAsync(Stream input, bool replace, IProgress<ArchiveProgress>? progress, CancellationToken ct)
    {
        using var zip = Open(input);
        var manifest = await ReadManifestAsync(zip, ct);
        var entries = manifest.Tables.Select(t => (t.Entry, t.Sha256)).Concat(manifest.Files.Select(f => (f.Entry, f.Sha256))).ToList();
        foreach (var ((entry, sha), i) in entries.Select((e, i) => (e, i)))
        {
            progress?.Report(new ArchiveProgress("checking", entry, i, entries.Count));
            if (await HashEntryAsync(zip, entry, ct) != sha)
            {
                throw new ArchiveException($"The archive is damaged: {entry} does not match its hash.");
            }
        }

        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await CheckTargetAsync(connection, manifest, replace, ct);
        if (manifest.Files.Count > 0)
        {
            var fileStore = Files ?? throw new ArchiveException("The archive holds files but this deployment has no file storage.");
            foreach (var (file, i) in manifest.Files.Select((f, i) => (f, i)))
            {
                progress?.Report(new ArchiveProgress("files", file.Id.ToString(), i, manifest.Files.Count));
                await using var content = await zip.GetEntry(file.Entry)!.OpenAsync(ct);
                await fileStore.WriteAsync(file.Id, content, ct);
            }
        }

        await using var transaction = await connection.BeginTransactionAsync(ct);
        await ExecuteAsync(connection, $"truncate {string.Join(", ", manifest.Tables.Select(t => t.Name))}", ct);

        // The truncate is logged per table, which re-runs every live query that read any of them; the copied rows are
        // not logged one by one (a restore may hold millions, which a reactor would read in one cycle). The triggers
        // are off only inside this transaction, whose truncate keeps every other writer out until it commits.
        var rowLogged = await RowLoggedTablesAsync(connection, manifest.Tables, ct);
        await ExecuteEachAsync(connection, rowLogged.Select(table => $"alter table {table} disable trigger {CommitLogSchema.RowLogTrigger}"), ct);
        foreach (var (table, i) in (await ReferencedFirstAsync(connection, manifest.Tables, ct)).Select((t, i) => (t, i)))
        {
            progress?.Report(new ArchiveProgress("tables", table.Name, i, manifest.Tables.Count));
            await using var copy = await connection.BeginRawBinaryCopyAsync(
                $"copy {table.Name} ({string.Join(", ", table.Columns.Select(Quote))}) from stdin (format binary)", ct);
            await using (var content = await zip.GetEntry(table.Entry)!.OpenAsync(ct))
            {
                await content.CopyToAsync(copy, ct);
            }
        }

        await ExecuteEachAsync(connection, rowLogged.Select(table => $"alter table {table} enable trigger {CommitLogSchema.RowLogTrigger}"), ct);
        foreach (var sequence in manifest.Sequences)
        {
            await ExecuteAsync(connection, $"select setval('{sequence.Name}', {sequence.LastValue}, {(sequence.IsCalled ? "true" : "false")})", ct);
        }

        var migrated = await services.GetRequiredService<SchemaInstaller>().RunOnImportedDataAsync(transaction, manifest.DataMigrations, ct);
        await transaction.CommitAsync(ct);
        return new ArchiveImport(manifest, migrated);
    }

    private static ZipArchive Open(Stream input)
    {
        try
        {
            return new ZipArchive(input, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (InvalidDataException e)
        {
            throw new ArchiveException($"The archive is damaged or truncated: {e.Message}");
        }
    }

    private static async Task<ArchiveManifest> ReadManifestAsync(ZipArchive zip, CancellationToken ct)
    {
        var entry = zip.GetEntry(ArchiveManifest.Entry) ?? throw new ArchiveException("The archive has no manifest: it is not a DakarCafé export.");
        try
        {
            await using var stream = await entry.OpenAsync(ct);
            var manifest = await JsonSerializer.DeserializeAsync<ArchiveManifest>(stream, cancellationToken: ct)
                ?? throw new ArchiveException("The archive's manifest is empty.");
            return manifest.Format == ArchiveManifest.CurrentFormat
                ? manifest
                : throw new ArchiveException($"The archive's format {manifest.Format} is not {ArchiveManifest.CurrentFormat}, the one this version reads.");
        }
        catch (Exception e) when (e is JsonException or InvalidDataException)
        {
            throw new ArchiveException($"The archive's manifest is damaged: {e.Message}");
        }
    }

    /// <summary>The deployment has every table of the archive with the same columns, and no data unless replacing.</summary>
    private async Task CheckTargetAsync(NpgsqlConnection connection, ArchiveManifest manifest, bool replace, CancellationToken ct)
    {
        var target = (await TablesAsync(connection, ct)).ToDictionary(t => t.Name, t => t.Columns);
        foreach (var table in manifest.Tables)
        {
            if (!target.TryGetValue(table.Name, out var columns) || !columns.SequenceEqual(table.Columns))
            {
                throw new ArchiveException($"This deployment's table {table.Name} is missing or has other columns than the archive's; start it with the same version first.");
            }
        }

        if (replace)
        {
            return;
        }

        foreach (var table in manifest.Tables.Where(t => !Bookkeeping.Any(b => t.Name.EndsWith("." + b, StringComparison.Ordinal))))
        {
            if (await ScalarAsync<bool>(connection, $"select exists (select 1 from {table.Name})", ct))
            {
                throw new ArchiveException($"This deployment is not empty ({table.Name} has rows); import with replace to overwrite it.");
            }
        }
    }

    /// <summary>Those of <paramref name="tables"/> whose row writes the commit log records.</summary>
    private static async Task<IReadOnlyList<string>> RowLoggedTablesAsync(NpgsqlConnection connection, IReadOnlyList<ArchivedTable> tables, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand("""
            select n.nspname || '.' || c.relname from pg_trigger g
            join pg_class c on c.oid = g.tgrelid join pg_namespace n on n.oid = c.relnamespace
            where g.tgname = $1
            """, connection) { Parameters = { new() { Value = CommitLogSchema.RowLogTrigger } } };
        var logged = await RowsAsync(command, reader => reader.GetString(0), ct);
        return [.. tables.Select(t => t.Name).Where(logged.Contains)];
    }

    /// <summary>The tables in an order that loads a table others refer to (streams, before their events) before them.</summary>
    private static async Task<IReadOnlyList<ArchivedTable>> ReferencedFirstAsync(NpgsqlConnection connection, IReadOnlyList<ArchivedTable> tables,
        CancellationToken ct)
    {
        await using var command = new NpgsqlCommand("""
            select fn.nspname || '.' || f.relname, tn.nspname || '.' || t.relname
            from pg_constraint c
            join pg_class f on f.oid = c.conrelid join pg_namespace fn on fn.oid = f.relnamespace
            join pg_class t on t.oid = c.confrelid join pg_namespace tn on tn.oid = t.relnamespace
            where c.contype = 'f'
            """, connection);
        var references = await RowsAsync(command, reader => (From: reader.GetString(0), To: reader.GetString(1)), ct);

        var ordered = new List<ArchivedTable>();
        var pending = tables.ToList();
        while (pending.Count > 0)
        {
            var ready = pending.Where(t => !references.Any(r => r.From == t.Name && r.To != t.Name && pending.Any(p => p.Name == r.To))).ToList();
            if (ready.Count == 0)
            {
                throw new ArchiveException("The deployment's tables refer to each other in a cycle; they cannot be loaded in order.");
            }

            ordered.AddRange(ready);
            pending.RemoveAll(ready.Contains);
        }

        return ordered;
    }

    /// <summary>The Marten tables (documents, streams, events), each with its columns in order.</summary>
    private async Task<IReadOnlyList<(string Name, IReadOnlyList<string> Columns)>> TablesAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand("""
            select c.table_schema || '.' || c.table_name, array_agg(c.column_name::text order by c.ordinal_position)
            from information_schema.columns c join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
            where c.table_schema = $1 and t.table_type = 'BASE TABLE' and c.table_name like 'mt\_%'
            group by 1 order by 1
            """, connection) { Parameters = { new() { Value = store.Options.DatabaseSchemaName } } };
        return await RowsAsync(command, reader => (reader.GetString(0), (IReadOnlyList<string>)reader.GetFieldValue<string[]>(1)), ct);
    }

    /// <summary>Marten's sequences (event sequence numbers) and the engine's named ones (order numbers, say).</summary>
    private async Task<IReadOnlyList<string>> SequencesAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand("""
            select sequence_schema || '.' || sequence_name from information_schema.sequences
            where (sequence_schema = $1 and sequence_name like 'mt\_%') or (sequence_schema = 'dakarcafe' and sequence_name like 'seq\_%')
            order by 1
            """, connection) { Parameters = { new() { Value = store.Options.DatabaseSchemaName } } };
        return await RowsAsync(command, reader => reader.GetString(0), ct);
    }

    private async Task<IReadOnlyList<Guid>> StoredFileIdsAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        var table = store.Options.FindOrResolveDocumentType(typeof(StoredFile)).TableName.QualifiedName;
        await using var command = new NpgsqlCommand($"select id from {table} order by id", connection);
        return await RowsAsync(command, reader => reader.GetGuid(0), ct);
    }

    /// <summary>Every row of the command's result, read by <paramref name="read"/>.</summary>
    private static async Task<IReadOnlyList<T>> RowsAsync<T>(NpgsqlCommand command, Func<NpgsqlDataReader, T> read, CancellationToken ct)
    {
        var rows = new List<T>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    private static async Task<string> WriteEntryAsync(ZipArchive zip, string name, Stream content, CancellationToken ct)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        await using var entry = await zip.CreateEntry(name, CompressionLevel.Fastest).OpenAsync(ct);
        var buffer = new byte[81_920];
        int read;
        while ((read = await content.ReadAsync(buffer, ct)) > 0)
        {
            hash.AppendData(buffer, 0, read);
            await entry.WriteAsync(buffer.AsMemory(0, read), ct);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static async Task<string?> HashEntryAsync(ZipArchive zip, string name, CancellationToken ct)
    {
        if (zip.GetEntry(name) is not { } entry)
        {
            throw new ArchiveException($"The archive is incomplete: {name} is missing.");
        }

        try
        {
            await using var content = await entry.OpenAsync(ct);
            return Convert.ToHexStringLower(await SHA256.HashDataAsync(content, ct));
        }
        catch (InvalidDataException e)
        {
            throw new ArchiveException($"The archive is damaged: {name} cannot be read ({e.Message}).");
        }
    }

    private static async Task<T> ScalarAsync<T>(NpgsqlConnection connection, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync(ct))!;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>Runs the statements in one round trip (none: nothing).</summary>
    private static async Task ExecuteEachAsync(NpgsqlConnection connection, IEnumerable<string> statements, CancellationToken ct)
    {
        await using var batch = new NpgsqlBatch(connection);
        foreach (var statement in statements)
        {
            batch.BatchCommands.Add(new(statement));
        }

        if (batch.BatchCommands.Count > 0)
        {
            await batch.ExecuteNonQueryAsync(ct);
        }
    }

    private static string Quote(string column) => $"\"{column.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}
