using System.Text.Json;
using System.Threading.Channels;
using DakarCafe.Protocol;

namespace DakarCafe.Client;

/// <summary>A live query: its current value (or error), a change event, and ways to await the next ones.</summary>
public sealed class QuerySubscription<T> : IAsyncDisposable
{
    private readonly QueryState _state;
    private readonly DakarCafeClient _client;
    private readonly Channel<T?> _updates = Channel.CreateBounded<T?>(new BoundedChannelOptions(64) { FullMode = BoundedChannelFullMode.DropOldest });
    private readonly Lock _gate = new();
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    internal QuerySubscription(QueryState state, DakarCafeClient client)
    {
        _state = state;
        _client = client;
        state.Changed += OnChanged;
    }

    /// <summary>Raised after each change of value or error, once the whole transition is applied.</summary>
    public event Action<QuerySubscription<T>>? Changed;

    /// <summary>The query id on this connection.</summary>
    public int QueryId => _state.QueryId;

    /// <summary>True once a value or error has arrived.</summary>
    public bool HasResult => _state.Value is not null || _state.Error is not null;

    /// <summary>The latest value; default while loading or failed.</summary>
    public T? Value { get; private set; }

    /// <summary>The latest error; null while the query succeeds.</summary>
    public ErrorInfo? Error => _state.Error;

    /// <summary>The store's version when this query last changed.</summary>
    public long Version => _state.Version;

    /// <summary>The hash of the value held (what a reconnect announces).</summary>
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

    /// <summary>Each new value as it arrives (the oldest dropped if the reader falls 64 behind).</summary>
    public IAsyncEnumerable<T?> ValuesAsync(CancellationToken ct = default) => _updates.Reader.ReadAllAsync(ct);

    /// <summary>Unsubscribes.</summary>
    public async ValueTask DisposeAsync()
    {
        _state.Changed -= OnChanged;
        _updates.Writer.TryComplete();
        await _client.UnsubscribeAsync(QueryId);
    }

    private void OnChanged()
    {
        TaskCompletionSource completed;
        lock (_gate)
        {
            Value = _state.Value is { } json ? JsonSerializer.Deserialize<T>(json, WireJson.Options) : default;
            completed = _next;
            _next = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        _updates.Writer.TryWrite(Value);
        Changed?.Invoke(this);
        completed.TrySetResult();
    }
}
