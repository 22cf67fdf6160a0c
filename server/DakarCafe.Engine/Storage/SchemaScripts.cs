using System.Security.Cryptography;
using System.Text;
using DakarCafe.Engine.Internal.Storage;
using JasperFx;
using Marten;
using Npgsql;
using Weasel.Core;

namespace DakarCafe.Engine.Storage;

/// <summary>
/// Reviewed schema scripts for production (<see cref="SchemaOptions.AutoCreate"/> off): <see cref="WriteAsync"/>
/// compares a database with what this version expects (documents, indexes, the event store, the engine's own objects,
/// the token server's tables) and writes the SQL it lacks; <see cref="ApplyAsync"/> runs a reviewed script in one
/// transaction and records it in <c>dakarcafe.migrations</c>, refusing one made for another state of the database.
/// </summary>
public static class SchemaScripts
{
    private const string Header = "-- dakarcafe db-patch base=";
    private const long ApplyLockKey = 0x0DA4CAFE0020;

    /// <summary>The script of what the database lacks, or null when it matches. Changes that would drop and recreate a table are refused.</summary>
    public static async Task<string?> WriteAsync(IDocumentStore store, CancellationToken ct)
    {
        var database = store.Storage.Database;
        var migration = await database.CreateMigrationAsync(ct);
        if (migration.Difference == SchemaPatchDifference.None)
        {
            return null;
        }

        migration.AssertPatchingIsValid(AutoCreate.CreateOrUpdate);
        var sql = new StringWriter();
        if (migration.ChangedSchemas.Length > 0)
        {
            database.Migrator.WriteSchemaCreationSql(migration.ChangedSchemas, sql);
        }

        migration.WriteAllUpdates(sql, database.Migrator, AutoCreate.CreateOrUpdate);
        var body = sql.ToString();
        return $"{Header}{Fingerprint(body)}\n-- Review it, then apply it with: dakarcafe db-apply FILE (one transaction, recorded in {EngineSchema.MigrationsTable}).\n{body}";
    }

    /// <summary>
    /// Applies a script <see cref="WriteAsync"/> wrote, in one transaction, and records it under <paramref name="name"/>.
    /// False when the database already matches; a script made for another state of the database (or another version)
    /// is refused with <see cref="SchemaMismatchException"/>: what is applied is exactly what was reviewed.
    /// </summary>
    public static async Task<bool> ApplyAsync(IDocumentStore store, NpgsqlDataSource dataSource, string name, string script, CancellationToken ct)
    {
        if (await WriteAsync(store, ct) is not { } expected)
        {
            return false;
        }

        if (FirstLine(expected) != FirstLine(script))
        {
            throw new SchemaMismatchException(
                $"{name} was not written for this database as it is now, or not by this version: write it again with db-patch and review the new one.");
        }

        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await using (var prepare = new NpgsqlCommand(
            $"select pg_advisory_xact_lock({ApplyLockKey}); create schema if not exists {EngineSchema.Schema}; {EngineSchema.MigrationsTableSql}", connection, transaction))
        {
            await prepare.ExecuteNonQueryAsync(ct);
        }

        await using (var apply = new NpgsqlCommand(script, connection, transaction))
        {
            await apply.ExecuteNonQueryAsync(ct);
        }

        await using (var record = new NpgsqlCommand($"insert into {EngineSchema.MigrationsTable} (name, kind, checksum) values ($1, 'schema', $2)", connection, transaction))
        {
            // The same file name may come back for a later upgrade: the record names the file and its content.
            record.Parameters.Add(new() { Value = $"{name}#{Fingerprint(script)}" });
            record.Parameters.Add(new() { Value = Fingerprint(script) });
            await record.ExecuteNonQueryAsync(ct);
        }

        await transaction.CommitAsync(ct);
        return true;
    }

    private static string FirstLine(string text) => text.Split('\n', 2)[0].TrimEnd('\r');

    private static string Fingerprint(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
}
