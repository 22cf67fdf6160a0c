using System.Data;
using Marten;
using Marten.Services;
using Npgsql;

namespace DakarCafe.Engine.Reactivity;

/// <summary>
/// A Marten query session inside a repeatable-read transaction that imports a snapshot exported by the reactor's
/// cycle, so queries run at exactly the cycle's version. A query that fails may leave the transaction aborted, so
/// after a failure the session is reset onto the same snapshot.
/// </summary>
internal sealed class SnapshotSession : IAsyncDisposable
{
    private readonly IDocumentStore _store;
    private readonly string _snapshotId;
    private NpgsqlConnection? _connection;
    private NpgsqlTransaction? _transaction;
    private IQuerySession? _session;

    private SnapshotSession(IDocumentStore store, string snapshotId)
    {
        _store = store;
        _snapshotId = snapshotId;
    }

    public IQuerySession Session => _session ?? throw new InvalidOperationException("The snapshot session is not open.");

    public static async Task<SnapshotSession> OpenAsync(NpgsqlDataSource dataSource, IDocumentStore store, string snapshotId, CancellationToken ct)
    {
        var snapshot = new SnapshotSession(store, snapshotId) { _connection = await dataSource.OpenConnectionAsync(ct) };
        await snapshot.BeginAsync(ct);
        return snapshot;
    }

    public async Task ResetAsync(CancellationToken ct)
    {
        await CloseTransactionAsync();
        await BeginAsync(ct);
    }

    private async Task BeginAsync(CancellationToken ct)
    {
        _transaction = await _connection!.BeginTransactionAsync(IsolationLevel.RepeatableRead, ct);
        await using (var import = new NpgsqlCommand($"set transaction snapshot '{_snapshotId}'", _connection, _transaction))
        {
            await import.ExecuteNonQueryAsync(ct);
        }

        _session = _store.QuerySession(SessionOptions.ForTransaction(_transaction));
    }

    private async Task CloseTransactionAsync()
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
        await CloseTransactionAsync();
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }
    }
}
