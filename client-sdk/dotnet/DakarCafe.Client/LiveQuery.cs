namespace DakarCafe.Client;

/// <summary>
/// A query to follow live, as a stream (<c>await foreach</c>) or an observable. Each enumeration and each observer
/// subscribes, receives the current value and then every change, and unsubscribes when it stops. A query that
/// fails ends the stream with a <see cref="DakarCafeException"/> (OnError for observers).
/// </summary>
public sealed class LiveQuery<T> : IAsyncEnumerable<T>, IObservable<T>
{
    private readonly DakarCafeClient _client;
    private readonly string _function;
    private readonly object _args;

    internal LiveQuery(DakarCafeClient client, string function, object args) => (_client, _function, _args) = (client, function, args);

    /// <inheritdoc />
    public async IAsyncEnumerator<T> GetAsyncEnumerator(CancellationToken cancellationToken = default)
    {
        await using var subscription = await _client.SubscribeAsync<T>(_function, _args, cancellationToken);
        await foreach (var result in subscription.ResultsAsync(cancellationToken).WithCancellation(cancellationToken))
        {
            yield return result.Error is { } error ? throw new DakarCafeException(error) : result.Value!;
        }
    }

    /// <inheritdoc />
    public IDisposable Subscribe(IObserver<T> observer)
    {
        var stop = new CancellationTokenSource();
        _ = ObserveAsync(observer, stop.Token);
        return new Unsubscriber(stop);
    }

    private async Task ObserveAsync(IObserver<T> observer, CancellationToken ct)
    {
        try
        {
            await foreach (var value in this.WithCancellation(ct))
            {
                observer.OnNext(value);
            }

            observer.OnCompleted();
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // The observer unsubscribed.
        }
        catch (DakarCafeException e)
        {
            observer.OnError(e);
        }
    }

    private sealed class Unsubscriber(CancellationTokenSource stop) : IDisposable
    {
        public void Dispose()
        {
            stop.Cancel();
            stop.Dispose();
        }
    }
}
