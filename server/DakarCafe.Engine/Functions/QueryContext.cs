using DakarCafe.Engine.Internal.Functions;

namespace DakarCafe.Engine.Functions;

/// <summary>
/// What a query sees: tracked reads over a consistent snapshot, and the caller. It has no way to write, so a query
/// that tries does not compile.
/// </summary>
public class QueryContext : FunctionContext
{
    private readonly DocumentReader _reader;

    private protected QueryContext(CallerIdentity? identity, DocumentReader reader) : base(identity) => _reader = reader;

    internal static QueryContext Create(CallerIdentity? identity, DocumentReader reader) => new(identity, reader);

    /// <summary>The run's reads, for the engine's own functions.</summary>
    internal DocumentReader Reader => _reader;

    /// <summary>Loads a document by id, or null; the query depends on that id either way.</summary>
    public Task<T?> LoadAsync<T>(Guid id, CancellationToken ct) where T : class => _reader.LoadAsync<T>(id, ct);

    /// <summary>Loads a document by string id, or null; the query depends on that id either way.</summary>
    public Task<T?> LoadAsync<T>(string id, CancellationToken ct) where T : class => _reader.LoadAsync<T>(id, ct);

    /// <summary>Loads the documents with these ids in one round trip (missing ones are left out); the query depends on each id.</summary>
    public Task<IReadOnlyList<T>> LoadManyAsync<T>(IReadOnlyCollection<Guid> ids, CancellationToken ct) where T : class =>
        _reader.LoadManyAsync<T>(ids, ct);

    /// <summary>
    /// Runs a LINQ query (Where, OrderBy, Skip, Take) over a document type. The query depends on the documents its
    /// filters select, so a change to any other document does not re-run it.
    /// </summary>
    public Task<IReadOnlyList<T>> ListAsync<T>(Func<IQueryable<T>, IQueryable<T>> query, CancellationToken ct) where T : class =>
        _reader.ListAsync(query, ct);

    /// <summary>The first document of a LINQ query, or null.</summary>
    public async Task<T?> FirstOrDefaultAsync<T>(Func<IQueryable<T>, IQueryable<T>> query, CancellationToken ct) where T : class =>
        (await _reader.ListAsync<T>(q => query(q).Take(1), ct)) is [var first, ..] ? first : null;

    /// <summary>Counts the documents a LINQ filter selects.</summary>
    public Task<int> CountAsync<T>(Func<IQueryable<T>, IQueryable<T>> query, CancellationToken ct) where T : class =>
        _reader.CountAsync(query, ct);
}
