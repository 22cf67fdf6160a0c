using DakarCafe.Engine.Limits;
using DakarCafe.Engine.Reactivity;
using Marten;

namespace DakarCafe.Engine.Functions;

/// <summary>
/// The reads of one function run over one Marten session: each read counts against the run's budget and, for
/// queries, is recorded in its read set so the engine knows which commits can change the result.
/// </summary>
internal sealed class DocumentReader(IQuerySession session, DocumentTypes types, ExecutionBudget budget, ReadSet? reads)
{
    public async Task<T?> LoadAsync<T>(object id, CancellationToken ct) where T : class
    {
        reads?.AddPointRead(typeof(T), types.IdMember(typeof(T)), id);
        var document = id switch
        {
            Guid g => await session.LoadAsync<T>(g, ct),
            string s => await session.LoadAsync<T>(s, ct),
            int i => await session.LoadAsync<T>(i, ct),
            long l => await session.LoadAsync<T>(l, ct),
            _ => await session.LoadAsync<T>(id, ct),
        };
        budget.Read(document is null ? 0 : 1);
        return document;
    }

    public async Task<IReadOnlyList<T>> LoadManyAsync<T>(IReadOnlyCollection<Guid> ids, CancellationToken ct) where T : class
    {
        foreach (var id in ids)
        {
            reads?.AddPointRead(typeof(T), types.IdMember(typeof(T)), id);
        }

        var documents = ids.Count == 0 ? [] : await session.LoadManyAsync<T>(ct, ids);
        budget.Read(documents.Count);
        return documents;
    }

    public async Task<IReadOnlyList<T>> ListAsync<T>(Func<IQueryable<T>, IQueryable<T>> query, CancellationToken ct) where T : class
    {
        var queryable = query(session.Query<T>());
        reads?.AddQuery(typeof(T), QueryFilter.From<T>(queryable.Expression));
        var documents = await queryable.ToListAsync(ct);
        budget.Read(documents.Count);
        return documents;
    }

    public async Task<int> CountAsync<T>(Func<IQueryable<T>, IQueryable<T>> query, CancellationToken ct) where T : class
    {
        var queryable = query(session.Query<T>());
        reads?.AddQuery(typeof(T), QueryFilter.From<T>(queryable.Expression));
        var count = await queryable.CountAsync(ct);
        budget.Read(1);
        return count;
    }
}
