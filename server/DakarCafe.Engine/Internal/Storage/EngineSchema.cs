using DakarCafe.Engine.Internal.Reactivity;
using DakarCafe.Engine.Internal.Scheduling;
using Marten;
using Weasel.Core;
using Weasel.Core.Migrations;

namespace DakarCafe.Engine.Internal.Storage;

/// <summary>
/// The engine's own tables, triggers and sequences (the commit log and its triggers on every document table, the
/// crons, the named sequences, the migrations record) as a Marten storage feature: they join Marten's migrations, so
/// a development start creates them with the document tables and <c>db-patch</c> writes them into a reviewed script.
/// Features added this way come after the document tables, which the triggers need.
/// </summary>
internal sealed class EngineSchema(StoreOptions options, IReadOnlyList<Type> documents, IReadOnlyList<string> sequences)
    : FeatureSchemaBase("DakarCafeEngine", options.Advanced.Migrator)
{
    public const string Schema = "dakarcafe";

    /// <summary>The record of applied schema scripts and data migrations.</summary>
    public const string MigrationsTable = "dakarcafe.migrations";

    public const string MigrationsTableSql = $"""
        create table if not exists {MigrationsTable} (
            name text primary key,
            kind text not null check (kind in ('schema', 'data')),
            checksum text,
            applied_at timestamptz not null default clock_timestamp());
        """;

    protected override IEnumerable<ISchemaObject> schemaObjects()
    {
        var tables = documents.Select(type => ((IReadOnlyStoreOptions)options).FindOrResolveDocumentType(type).TableName.QualifiedName);
        yield return new VersionedSql(Schema, "engine", string.Join('\n',
            CommitLogSchema.Sql(tables), CronTable.TableSql, NamedSequences.Sql(sequences), MigrationsTableSql));
    }
}
