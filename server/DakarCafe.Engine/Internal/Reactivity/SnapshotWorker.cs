using System.Data;
using Marten;
using Marten.Services;
using Npgsql;

namespace DakarCafe.Engine.Internal.Reactivity;

/// <summary>
/// A connection whose repeatable-read transaction imports the snapshot a reactor cycle exported, so queries run on
/// it see exactly the cycle's version. Several of them let one cycle re-run its stale nodes in parallel. A query
/// that fails in the database may leave the transaction aborted; <see cref="ResetAsync"/> starts a fresh one on the
/// same snapshot.
/// </summary>
internal sealed class SnapshotWorker : IAsyncDisposable
{
    private readonly IDocumentStore _store;
    private readonly NpgsqlConnection _connection;
    private readonly string _snapshotId;
    private NpgsqlTransaction? _transaction;
    private IQuerySession? _session;

    private SnapshotWorker(IDocumentStore store, NpgsqlConnection connection, string snapshotId)
    {
        _store = store;
        _connection = connection;
        _snapshotId = snapshotId;
    }

    public IQuerySession Session => _session!;

    public static async Task<SnapshotWorker> OpenAsync(NpgsqlDataSource dataSource, IDocumentStore store, string snapshotId, CancellationToken ct)
    {
        var worker = new SnapshotWorker(store, await dataSource.OpenConnectionAsync(ct), snapshotId);
        await worker.BeginAsync(ct);
        return worker;
    }

    public async Task ResetAsync(CancellationToken ct)
    {
        await EndAsync();
        await BeginAsync(ct);
    }

    private async Task BeginAsync(CancellationToken ct)
    {
        _transaction = await _connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, ct);
        await using (var import = new NpgsqlCommand($"set transaction snapshot '{_snapshotId}'", _connection, _transaction))
        {
            await import.ExecuteNonQueryAsync(ct);
        }

        _session = _store.QuerySession(SessionOptions.ForTransaction(_transaction));
    }

    private async Task EndAsync()
    {
        if (_session is not null)
        {
            await _session.DisposeAsync();
            _session = null;
        }

        if (_transaction is not null)
        {
            await _transaction.DisposeAsync();
            _transaction = null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await EndAsync();
        await _connection.DisposeAsync();
    }
}
