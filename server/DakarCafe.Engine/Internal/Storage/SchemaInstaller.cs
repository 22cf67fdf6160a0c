using DakarCafe.Engine.Storage;
using Marten;
using Marten.Services;
using Microsoft.Extensions.Logging;
using Npgsql;
using Weasel.Core.Migrations;

namespace DakarCafe.Engine.Internal.Storage;

/// <summary>
/// At start-up, brings the schema to what the code expects (<see cref="SchemaOptions.AutoCreate"/>) or checks that
/// it is (refusing with <see cref="SchemaMismatchException"/> when not), then runs the data migrations not yet run.
/// Both are serialised across nodes by advisory locks.
/// </summary>
internal sealed partial class SchemaInstaller(
    IDocumentStore store, NpgsqlDataSource dataSource, SchemaOptions options, IReadOnlyList<DataMigration> migrations, ILogger<SchemaInstaller> logger)
{
    private const long InstallLockKey = 0x0DA4CAFE0001;
    private const long DataMigrationLockKey = 0x0DA4CAFE0021;

    public async Task PrepareAsync(CancellationToken ct)
    {
        if (options.AutoCreate)
        {
            await CreateOrUpdateAsync(ct);
        }
        else
        {
            await CheckAsync(ct);
        }

        foreach (var migration in Ordered)
        {
            await RunOnceAsync(migration, ct);
        }
    }

    /// <summary>The data migrations this deployment has run, as an export records them.</summary>
    public static async Task<IReadOnlyList<string>> RecordedAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand($"select name from {EngineSchema.MigrationsTable} where kind = 'data' order by name", connection);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var names = new List<string>();
        while (await reader.ReadAsync(ct))
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }

    /// <summary>
    /// Runs, in an import's transaction, the data migrations the imported data has not been through: those its archive
    /// does not record (every one, for an archive that records none, which is why a data migration must leave data it
    /// already changed as it is). This deployment's own record is left as it is: it ran them all when it started.
    /// </summary>
    /// <returns>The names of the migrations run.</returns>
    public async Task<IReadOnlyList<string>> RunOnImportedDataAsync(NpgsqlTransaction transaction, IReadOnlyList<string>? ranOnArchive, CancellationToken ct)
    {
        var due = Ordered.Where(m => ranOnArchive?.Contains(m.Name, StringComparer.Ordinal) != true).ToList();
        foreach (var migration in due)
        {
            await using var session = store.LightweightSession(SessionOptions.ForTransaction(transaction));
            await migration.RunAsync(session, ct);
            await session.SaveChangesAsync(ct);
            Log.DataMigrationRanOnImport(logger, migration.Name);
        }

        return [.. due.Select(m => m.Name)];
    }

    private IEnumerable<DataMigration> Ordered => migrations.OrderBy(m => m.Name, StringComparer.Ordinal);

    private async Task CreateOrUpdateAsync(CancellationToken ct)
    {
        // Marten's apply takes no lock of its own: nodes starting together take turns.
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using (var take = new NpgsqlCommand($"select pg_advisory_lock({InstallLockKey})", connection))
        {
            await take.ExecuteNonQueryAsync(ct);
        }

        try
        {
            await store.Storage.Database.ApplyAllConfiguredChangesToDatabaseAsync(ct: ct);
        }
        finally
        {
            await using var release = new NpgsqlCommand($"select pg_advisory_unlock({InstallLockKey})", connection);
            await release.ExecuteNonQueryAsync(CancellationToken.None);
        }
    }

    private async Task CheckAsync(CancellationToken ct)
    {
        try
        {
            await store.Storage.Database.AssertDatabaseMatchesConfigurationAsync(ct);
        }
        catch (DatabaseValidationException mismatch)
        {
            throw new SchemaMismatchException(
                "The database's schema is not the one this version expects, and Engine:Schema:AutoCreate is off. Write the script of " +
                "what it lacks with `dakarcafe db-patch schema.sql`, review it, apply it with `dakarcafe db-apply schema.sql`, then start again.", mismatch);
        }
    }

    private async Task RunOnceAsync(DataMigration migration, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await using (var take = new NpgsqlCommand($"select pg_advisory_xact_lock({DataMigrationLockKey})", connection, transaction))
        {
            await take.ExecuteNonQueryAsync(ct);
        }

        await using (var done = new NpgsqlCommand($"select exists (select 1 from {EngineSchema.MigrationsTable} where name = $1)", connection, transaction))
        {
            done.Parameters.Add(new() { Value = migration.Name });
            if ((bool)(await done.ExecuteScalarAsync(ct))!)
            {
                return;
            }
        }

        await using (var session = store.LightweightSession(SessionOptions.ForTransaction(transaction)))
        {
            await migration.RunAsync(session, ct);
            session.QueueSqlCommand($"insert into {EngineSchema.MigrationsTable} (name, kind) values (?, 'data')", migration.Name);
            await session.SaveChangesAsync(ct);
        }

        await transaction.CommitAsync(ct);
        Log.DataMigrationRan(logger, migration.Name);
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Information, "Data migration {Name} ran")]
        public static partial void DataMigrationRan(ILogger logger, string name);

        [LoggerMessage(2, LogLevel.Information, "Data migration {Name} ran on imported data that predates it")]
        public static partial void DataMigrationRanOnImport(ILogger logger, string name);
    }
}
