using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using Weasel.Core;
using Weasel.Postgresql;

namespace DakarCafe.Engine.Internal.Storage;

/// <summary>
/// Hand-written, idempotent DDL as one schema object of Marten's migrations. It is up to date when the comment on its
/// schema holds the hash of its SQL; otherwise a patch carries the whole script (safe to run again) and the new hash.
/// It never drops anything: Weasel's own function and trigger objects would rewrite a changed trigger function as
/// DROP ... CASCADE, which silently removes the triggers that use it.
/// </summary>
internal sealed class VersionedSql : ISchemaObject
{
    private readonly string _sql;
    private readonly string _stamp;

    public VersionedSql(string schema, string name, string sql)
    {
        Identifier = new PostgresqlObjectName(schema, name, SchemaUtils.IdentifierUsage.General);
        _sql = sql;
        _stamp = $"{name}:{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sql)))[..16]}";
    }

    public DbObjectName Identifier { get; }

    public void WriteCreateStatement(Migrator migrator, TextWriter writer)
    {
        writer.WriteLine(_sql);
        writer.WriteLine($"comment on schema {Identifier.Schema} is '{_stamp}';");
    }

    public void WriteDropStatement(Migrator rules, TextWriter writer) =>
        writer.WriteLine($"-- {Identifier}: hand-written DDL is not rolled back by this script.");

    public void ConfigureQueryCommand(Weasel.Core.DbCommandBuilder builder)
    {
        var schema = builder.AddParameter(Identifier.Schema).ParameterName;
        builder.Append($"select obj_description(to_regnamespace(:{schema})::oid, 'pg_namespace');");
    }

    public async Task<ISchemaObjectDelta> CreateDeltaAsync(DbDataReader reader, CancellationToken ct = default)
    {
        var actual = await reader.ReadAsync(ct) && !await reader.IsDBNullAsync(0, ct) ? reader.GetString(0) : null;
        return new Delta(this, actual is null ? SchemaPatchDifference.Create : actual == _stamp ? SchemaPatchDifference.None : SchemaPatchDifference.Update);
    }

    public IEnumerable<DbObjectName> AllNames()
    {
        yield return Identifier;
    }

    private sealed class Delta(VersionedSql sql, SchemaPatchDifference difference) : ISchemaObjectDelta
    {
        public ISchemaObject SchemaObject => sql;

        public SchemaPatchDifference Difference => difference;

        public void WriteUpdate(Migrator rules, TextWriter writer) => sql.WriteCreateStatement(rules, writer);

        public void WriteRollback(Migrator rules, TextWriter writer) => sql.WriteDropStatement(rules, writer);

        public void WriteRestorationOfPreviousState(Migrator rules, TextWriter writer) => sql.WriteDropStatement(rules, writer);
    }
}
