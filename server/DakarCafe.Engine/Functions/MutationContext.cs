using DakarCafe.Engine.Internal.Functions;
using DakarCafe.Engine.Internal.Limits;
using DakarCafe.Engine.Internal.Reactivity;
using DakarCafe.Engine.Internal.Storage;
using DakarCafe.Engine.Limits;
using DakarCafe.Engine.Scheduling;
using JasperFx.Events;
using Marten;
using Marten.Patching;

namespace DakarCafe.Engine.Functions;

/// <summary>
/// What a mutation sees: the reads of a query plus writes, all in one PostgreSQL transaction through one Marten
/// session, its reads checked for concurrent changes before it commits. Writes are buffered and committed together
/// when the handler returns; if it throws, nothing is.
/// </summary>
public sealed class MutationContext : QueryContext
{
    private readonly IDocumentSession _session;
    private readonly ExecutionBudget _budget;
    private readonly NamedSequences _sequences;

    private MutationContext(CallerIdentity identity, DocumentReader reader, IDocumentSession session, ExecutionBudget budget, NamedSequences sequences,
        FunctionRegistry registry, EngineLimits limits, TimeProvider time)
        : base(identity, reader)
    {
        _session = session;
        _budget = budget;
        _sequences = sequences;
        Time = time;
        Scheduler = new JobScheduler(this, registry, limits);
    }

    internal static MutationContext Create(CallerIdentity identity, IDocumentSession session, DocumentTypes types, ExecutionBudget budget,
        NamedSequences sequences, FunctionRegistry registry, EngineLimits limits, TimeProvider time, ReadSet reads) =>
        new(identity, new DocumentReader(session, types, budget, reads), session, budget, sequences, registry, limits, time);

    /// <summary>The clock; mutations stamp times with it (UTC) so tests can move it.</summary>
    public TimeProvider Time { get; }

    /// <summary>Runs functions later: jobs written in this mutation's transaction, so a mutation that fails schedules nothing.</summary>
    public JobScheduler Scheduler { get; }

    /// <summary>Inserts or replaces a document.</summary>
    public void Store<T>(T document) where T : notnull
    {
        _budget.Wrote(1);
        _session.Store(document);
    }

    /// <summary>Inserts or replaces a document whose type is known only at run time (the dashboard's data browser).</summary>
    internal void StoreObject(object document)
    {
        _budget.Wrote(1);
        _session.StoreObjects([document]);
    }

    /// <summary>Deletes a document whose type is known only at run time.</summary>
    internal void DeleteObject(object document)
    {
        _budget.Wrote(1);
        _session.DeleteObjects([document]);
    }

    /// <summary>Deletes a document by id.</summary>
    public void Delete<T>(Guid id) where T : notnull
    {
        _budget.Wrote(1);
        _session.Delete<T>(id);
    }

    /// <summary>Deletes a document by string id.</summary>
    public void Delete<T>(string id) where T : notnull
    {
        _budget.Wrote(1);
        _session.Delete<T>(id);
    }

    /// <summary>Patches fields of a document in place (set, increment, append, ...) without loading it.</summary>
    public IPatchExpression<T> Patch<T>(Guid id) where T : notnull
    {
        _budget.Wrote(1);
        return _session.Patch<T>(id);
    }

    /// <summary>Patches fields of a document with a string id in place.</summary>
    public IPatchExpression<T> Patch<T>(string id) where T : notnull
    {
        _budget.Wrote(1);
        return _session.Patch<T>(id);
    }

    /// <summary>The next number of a declared sequence: unique across nodes, increasing, with gaps where attempts rolled back.</summary>
    public Task<long> NextNumberAsync(string sequence, CancellationToken ct) =>
        _budget.InDatabaseAsync(token => _sequences.NextAsync(_session, sequence, token), ct);

    /// <summary>Starts an event stream; inline projections update their documents in the same transaction.</summary>
    public void StartStream<TAggregate>(Guid streamId, params object[] events) where TAggregate : class
    {
        _budget.Wrote(events.Length);
        _session.Events.StartStream<TAggregate>(streamId, events);
    }

    /// <summary>Appends events to a stream; inline projections update their documents in the same transaction.</summary>
    public void AppendEvents(Guid streamId, params object[] events)
    {
        _budget.Wrote(events.Length);
        _session.Events.Append(streamId, events);
    }
}
