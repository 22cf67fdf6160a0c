using Marten;
using Npgsql;

namespace DakarCafe.Engine.Functions;

/// <summary>
/// The escape hatch for what the document API cannot express (reports, aggregates over many rows), from actions only.
/// It bypasses reactivity: nothing it reads is tracked, so its results are never pushed and no live query can be
/// built on it (call it from an action, on demand). It reads the committed data at the time of the call, in a
/// read-only transaction (a statement that would write fails), on the engine's connection pool. Document tables are
/// named by <see cref="TableOf{TDocument}"/>; their JSON is Marten's (<c>data</c>, property names as in C#).
/// </summary>
public sealed class ReadOnlySql
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly IDocumentStore _store;

    internal ReadOnlySql(NpgsqlDataSource dataSource, IDocumentStore store) => (_dataSource, _store) = (dataSource, store);

    /// <summary>The schema-qualified table a document type is stored in, to name in SQL.</summary>
    public string TableOf<TDocument>() => _store.Options.FindOrResolveDocumentType(typeof(TDocument)).TableName.QualifiedName;

    /// <summary>
    /// Runs <paramref name="sql"/> with positional parameters (<c>$1</c>, <c>$2</c>, ...; a null is sent as SQL NULL,
    /// so give it a cast such as <c>$3::text</c>) and turns each row into a value with <paramref name="read"/>.
    /// </summary>
    public async Task<IReadOnlyList<TRow>> QueryAsync<TRow>(string sql, Func<NpgsqlDataReader, TRow> read, CancellationToken ct, params object?[] parameters)
    {
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(parameters);
        await using var connection = await _dataSource.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await using (var readOnly = new NpgsqlCommand("set transaction read only", connection, transaction))
        {
            await readOnly.ExecuteNonQueryAsync(ct);
        }

        var rows = new List<TRow>();
        await using (var command = new NpgsqlCommand(sql, connection, transaction))
        {
            foreach (var parameter in parameters)
            {
                command.Parameters.Add(new NpgsqlParameter { Value = parameter ?? DBNull.Value });
            }

            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                rows.Add(read(reader));
            }
        }

        await transaction.CommitAsync(ct);
        return rows;
    }
}
