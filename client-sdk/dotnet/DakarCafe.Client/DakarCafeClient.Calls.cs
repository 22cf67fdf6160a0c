using System.Text.Json;
using DakarCafe.Protocol;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace DakarCafe.Client;

public sealed partial class DakarCafeClient
{
    /// <summary>Completed while the connection is up and resumed; replaced by a pending one when it is lost.</summary>
    private TaskCompletionSource _connected = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Runs a query once, at the newest version.</summary>
    public async Task<TResult> QueryAsync<TArgs, TResult>(QueryReference<TArgs, TResult> query, TArgs args, CancellationToken ct = default)
        where TArgs : notnull => await QueryAsync<TResult>(query.Name, args, ct);

    /// <summary>
    /// Runs a query once by name, at the newest version. While the connection is down it waits for it, and a query
    /// whose connection is lost before its answer (or answered <c>UNAVAILABLE</c>) is asked again, within
    /// <see cref="DakarCafeClientOptions.CallTimeout"/> (then <c>TIMEOUT</c>).
    /// </summary>
    public async Task<TResult> QueryAsync<TResult>(string function, object args, CancellationToken ct = default)
    {
        var call = StartCall(function, args);
        var started = _options.Time.GetTimestamp();
        while (true)
        {
            ThrowIfClosed();
            var what = $"query {function}";
            await WaitForConnectionAsync(Remaining(started), what, ct);
            var result = await InvokeBeforeAsync(SyncHubMethods.Query, call, Remaining(started), what, ct);
            if (result is { Error: { Code: ErrorCodes.Unavailable } unavailable } && RetryAfter(unavailable) < Remaining(started))
            {
                // The database is away for a moment: asked again after the wait it names, within the call timeout.
                await Task.Delay(RetryAfter(unavailable), _options.Time, ct);
                continue;
            }

            if (result is not null)
            {
                return Read<TResult>(result);
            }

            // Lost before the answer: a query changes nothing, so it is asked again once connected.
            await Task.Delay(TimeSpan.FromMilliseconds(50), _options.Time, ct);
        }
    }

    /// <summary>Runs an action (it may call the outside world; it is never resent).</summary>
    public async Task<TResult> ActionAsync<TArgs, TResult>(ActionReference<TArgs, TResult> action, TArgs args, CancellationToken ct = default)
        where TArgs : notnull => await ActionAsync<TResult>(action.Name, args, ct);

    /// <summary>
    /// Runs an action by name. It waits for the connection like a query, but once sent it is never sent again: a
    /// connection lost before its answer fails it with <c>DISCONNECTED</c> (it may or may not have run).
    /// </summary>
    public async Task<TResult> ActionAsync<TResult>(string function, object args, CancellationToken ct = default)
    {
        var call = StartCall(function, args);
        var started = _options.Time.GetTimestamp();
        var what = $"action {function}";
        await WaitForConnectionAsync(Remaining(started), what, ct);
        return await InvokeBeforeAsync(SyncHubMethods.Action, call, Remaining(started), what, ct) is { } result
            ? Read<TResult>(result)
            : throw ClientError(ErrorCodes.Disconnected, $"The connection was lost before {what} answered; it may or may not have run.");
    }

    private FunctionCall StartCall(string function, object args, long? requestId = null)
    {
        ThrowIfClosed();
        return Volatile.Read(ref _started)
            ? new FunctionCall(requestId ?? NextRequestId(), function, JsonSerializer.Serialize(args, args.GetType(), WireJson.Options))
            : throw new InvalidOperationException("Call ConnectAsync before the first call.");
    }

    private TimeSpan Remaining(long started) => _options.CallTimeout - _options.Time.GetElapsedTime(started);

    private void ThrowIfClosed()
    {
        if (Volatile.Read(ref _disposed) == 1)
        {
            throw Closed();
        }
    }

    private void MarkConnected() => Volatile.Read(ref _connected).TrySetResult();

    private void MarkDisconnected()
    {
        var current = Volatile.Read(ref _connected);
        if (current.Task.IsCompleted && !_closingToken.IsCancellationRequested)
        {
            Interlocked.CompareExchange(ref _connected, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously), current);
        }
    }

    /// <summary>Completes once connected; <c>TIMEOUT</c> after <paramref name="within"/>, <c>CLIENT_CLOSED</c> when the client is closed first.</summary>
    private async Task WaitForConnectionAsync(TimeSpan within, string what, CancellationToken ct)
    {
        var connected = Volatile.Read(ref _connected).Task;
        if (connected.IsCompletedSuccessfully)
        {
            return;
        }

        try
        {
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct, _closingToken);
            await connected.WaitAsync(within < TimeSpan.Zero ? TimeSpan.Zero : within, _options.Time, stop.Token);
        }
        catch (TimeoutException)
        {
            throw ClientError(ErrorCodes.Timeout, $"No connection to the server within {_options.CallTimeout.TotalSeconds:0.#} s ({what}).");
        }
        catch (OperationCanceledException) when (_closingToken.IsCancellationRequested && !ct.IsCancellationRequested)
        {
            throw Closed();
        }
    }

    /// <summary>
    /// Sends a call and returns its answer, or null when the connection was lost before it. Fails with <c>TIMEOUT</c>
    /// when <paramref name="within"/> runs out and <c>CLIENT_CLOSED</c> when the client is closed meanwhile.
    /// </summary>
    private async Task<FunctionResult?> InvokeBeforeAsync(string method, FunctionCall call, TimeSpan within, string what, CancellationToken ct)
    {
        using var timer = new CancellationTokenSource(within < TimeSpan.Zero ? TimeSpan.Zero : within, _options.Time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, _closingToken, timer.Token);
        try
        {
            return await _hub.InvokeAsync<FunctionResult>(method, call, linked.Token);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            throw;
        }
        catch (OperationCanceledException) when (_closingToken.IsCancellationRequested)
        {
            throw Closed();
        }
        catch (OperationCanceledException) when (timer.IsCancellationRequested)
        {
            throw ClientError(ErrorCodes.Timeout, $"No answer to {what} within {_options.CallTimeout.TotalSeconds:0.#} s.", new { requestId = call.RequestId });
        }
        catch (Exception e) when (e is not HubException and not OutOfMemoryException)
        {
            // The connection went away (or was not up) before the answer.
            return null;
        }
    }

    private static DakarCafeException Closed() => ClientError(ErrorCodes.ClientClosed, "The client was closed before this call was answered.");

    private static DakarCafeException ClientError(string code, string message, object? data = null) =>
        new(new ErrorInfo(code, message, data is null ? null : JsonSerializer.Serialize(data, WireJson.Options)));
}
