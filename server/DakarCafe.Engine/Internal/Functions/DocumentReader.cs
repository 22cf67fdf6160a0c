using DakarCafe.Engine.Internal.Limits;
using DakarCafe.Engine.Internal.Reactivity;
using Marten;
using Npgsql;

namespace DakarCafe.Engine.Internal.Functions;

/// <summary>
/// The reads of one function run over one Marten session: each read counts against the run's budget (its documents,
/// and its time as database time) and is recorded in its read set so the engine knows which commits can change the result.
/// </summary>
internal sealed class DocumentReader(IQuerySession session, DocumentTypes types, ExecutionBudget budget, ReadSet? reads)
{
    /// <summary>The document types the engine serves.</summary>
    public DocumentTypes Types => types;

    /// <summary>Marten's serializer, as documents are stored.</summary>
    public Marten.ISerializer Serializer => session.DocumentStore.Options.Serializer();

    public async Task<T?> LoadAsync<T>(object id, CancellationToken ct) where T : class
    {
        reads?.AddPointRead(typeof(T), types.IdMember(typeof(T)), id);
        var document = await budget.InDatabaseAsync(token => id switch
        {
            Guid g => session.LoadAsync<T>(g, token),
            string s => session.LoadAsync<T>(s, token),
            int i => session.LoadAsync<T>(i, token),
            long l => session.LoadAsync<T>(l, token),
            _ => session.LoadAsync<T>(id, token),
        }, ct);
        budget.Read(document is null ? 0 : 1);
        return document;
    }

    public async Task<IReadOnlyList<T>> LoadManyAsync<T>(IReadOnlyCollection<Guid> ids, CancellationToken ct) where T : class
    {
        foreach (var id in ids)
        {
            reads?.AddPointRead(typeof(T), types.IdMember(typeof(T)), id);
        }

        var documents = ids.Count == 0 ? [] : await budget.InDatabaseAsync(token => session.LoadManyAsync<T>(token, ids), ct);
        budget.Read(documents.Count);
        return documents;
    }

    public async Task<IReadOnlyList<T>> ListAsync<T>(Func<IQueryable<T>, IQueryable<T>> query, CancellationToken ct) where T : class
    {
        var queryable = query(session.Query<T>());
        reads?.AddQuery(typeof(T), QueryFilter.From<T>(queryable.Expression));
        var documents = await budget.InDatabaseAsync(token => queryable.ToListAsync(token), ct);
        budget.Read(documents.Count);
        return documents;
    }

    public async Task<int> CountAsync<T>(Func<IQueryable<T>, IQueryable<T>> query, CancellationToken ct) where T : class
    {
        var queryable = query(session.Query<T>());
        reads?.AddQuery(typeof(T), QueryFilter.From<T>(queryable.Expression));
        var count = await budget.InDatabaseAsync(token => queryable.CountAsync(token), ct);
        budget.Read(1);
        return count;
    }

    /// <summary>
    /// Runs SQL over a document type's table in the run's snapshot (the dashboard's data browser, whose filters are
    /// field names chosen at run time); the read depends on the whole type.
    /// </summary>
    public async Task<IReadOnlyList<TRow>> SqlAsync<TRow>(Type documentType, string sql, Func<NpgsqlDataReader, TRow> read, CancellationToken ct,
        params object?[] parameters)
    {
        reads?.AddQuery(documentType, QueryFilter.WholeType);
        var rows = await budget.InDatabaseAsync(async token =>
        {
            // The session's connection is in the run's transaction, and Npgsql runs every command in it.
            await using var command = new NpgsqlCommand(sql, session.Connection);
            foreach (var parameter in parameters)
            {
                command.Parameters.Add(new NpgsqlParameter { Value = parameter ?? DBNull.Value });
            }

            var found = new List<TRow>();
            await using var reader = await command.ExecuteReaderAsync(token);
            while (await reader.ReadAsync(token))
            {
                found.Add(read(reader));
            }

            return found;
        }, ct);
        budget.Read(rows.Count);
        return rows;
    }
}
