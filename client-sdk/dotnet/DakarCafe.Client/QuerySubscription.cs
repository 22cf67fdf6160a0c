using System.Text.Json;
using System.Threading.Channels;
using DakarCafe.Client.Sync;
using DakarCafe.Protocol;

namespace DakarCafe.Client;

/// <summary>A live query: its current value (or error), a change event, and ways to await the next ones. Dispose it to unsubscribe.</summary>
public sealed class QuerySubscription<T> : IAsyncDisposable
{
    private readonly QueryState _state;
    private readonly DakarCafeClient _client;
    private readonly Channel<QueryResult<T>> _updates = Channel.CreateBounded<QueryResult<T>>(
        new BoundedChannelOptions(64) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });
    private readonly Lock _gate = new();
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _disposed;

    internal QuerySubscription(QueryState state, DakarCafeClient client)
    {
        _state = state;
        _client = client;
        state.Changed += OnChanged;
        if (state.Value is not null || state.Error is not null)
        {
            OnChanged();
        }
    }

    /// <summary>Raised after each change of value or error, once the whole transition is applied.</summary>
    public event Action<QuerySubscription<T>>? Changed;

    /// <summary>The query id on this connection.</summary>
    public int QueryId => _state.QueryId;

    /// <summary>True once a value or error has arrived.</summary>
    public bool HasResult { get; private set; }

    /// <summary>The latest value (with optimistic updates applied); default while loading or failed.</summary>
    public T? Value { get; private set; }

    /// <summary>The latest error; null while the query succeeds.</summary>
    public ErrorInfo? Error { get; private set; }

    /// <summary>The store's version when this query last changed on the server.</summary>
    public long Version => _state.Version;

    /// <summary>The hash of the server's value held (what a reconnect announces).</summary>
    public string? Hash => _state.Hash;

    /// <summary>Completes once the first value or error has arrived (at once if it already has).</summary>
    public Task ResultAsync(CancellationToken ct = default)
    {
        lock (_gate)
        {
            return HasResult ? Task.CompletedTask : _next.Task.WaitAsync(ct);
        }
    }

    /// <summary>Completes at the next change after this call.</summary>
    public Task NextAsync(CancellationToken ct = default)
    {
        lock (_gate)
        {
            return _next.Task.WaitAsync(ct);
        }
    }

    /// <summary>Completes with the value once it satisfies <paramref name="condition"/> (at once if it already does).</summary>
    public async Task<T> WaitForAsync(Func<T, bool> condition, CancellationToken ct = default)
    {
        while (true)
        {
            Task next;
            lock (_gate)
            {
                if (Value is { } value && condition(value))
                {
                    return value;
                }

                next = _next.Task;
            }

            await next.WaitAsync(ct);
        }
    }

    /// <summary>Each new value as it arrives (the oldest dropped if the reader falls 64 behind); errors come as default values.</summary>
    public async IAsyncEnumerable<T?> ValuesAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct = default)
    {
        await foreach (var result in ResultsAsync(ct))
        {
            yield return result.Value;
        }
    }

    /// <summary>Each new result, value or error, as it arrives (the oldest dropped if the reader falls 64 behind).</summary>
    public IAsyncEnumerable<QueryResult<T>> ResultsAsync(CancellationToken ct = default) => _updates.Reader.ReadAllAsync(ct);

    /// <summary>Unsubscribes (the server subscription goes when its last local subscriber does).</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        _state.Changed -= OnChanged;
        _updates.Writer.TryComplete();
        await _client.UnsubscribeAsync(_state);
    }

    private void OnChanged()
    {
        TaskCompletionSource completed;
        QueryResult<T> result;
        lock (_gate)
        {
            Value = _state.Value is { } json ? JsonSerializer.Deserialize<T>(json, WireJson.Options) : default;
            Error = _state.Error;
            HasResult = true;
            result = new QueryResult<T>(Value, Error);
            completed = _next;
            _next = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        _updates.Writer.TryWrite(result);
        Changed?.Invoke(this);
        completed.TrySetResult();
    }
}
