using System.Text.Json;
using DakarCafe.Client.Sync;
using DakarCafe.Protocol;
using Microsoft.AspNetCore.SignalR.Client;

namespace DakarCafe.Client;

public sealed partial class DakarCafeClient
{
    /// <summary>How often a mutation the server refused with <c>OVERLOADED</c> or <c>UNAVAILABLE</c> (nothing written) is sent again before the refusal stands.</summary>
    private const int RefusalRetries = 20;

    private readonly SortedDictionary<long, PendingMutation> _pendingMutations = [];
    private readonly Lock _mutationsGate = new();
    private long _nextRequestId;

    /// <summary>
    /// Runs a mutation and returns its result once the local store reflects it (every subscription is at or past its
    /// commit version). If the connection drops first, it is resent after the reconnect under the same request id, so
    /// the server applies it once; a server too busy to start it (<c>OVERLOADED</c>) gets it again after the time it
    /// asks for. Cancelling stops the wait, not the mutation.
    /// </summary>
    public Task<TResult> MutateAsync<TArgs, TResult>(MutationReference<TArgs, TResult> mutation, TArgs args, CancellationToken ct = default)
        where TArgs : notnull => MutateAsync<TResult>(mutation.Name, args, update: null, ct);

    /// <summary>
    /// Runs a mutation with an optimistic update: <paramref name="optimisticUpdate"/> changes the local values at
    /// once; they give way to the server's when the store reaches the mutation's commit, or roll back if it fails.
    /// </summary>
    public Task<TResult> MutateAsync<TArgs, TResult>(MutationReference<TArgs, TResult> mutation, TArgs args,
        Action<OptimisticLocalStore, TArgs> optimisticUpdate, CancellationToken ct = default)
        where TArgs : notnull => MutateAsync<TResult>(mutation.Name, args, store => optimisticUpdate(store, args), ct);

    /// <summary>Runs a mutation by name; see <see cref="MutateAsync{TArgs,TResult}(MutationReference{TArgs,TResult},TArgs,CancellationToken)"/>.</summary>
    public Task<TResult> MutateAsync<TResult>(string function, object args, CancellationToken ct = default) =>
        MutateAsync<TResult>(function, args, update: null, ct);

    /// <summary>
    /// Sends a mutation that failed with <c>TIMEOUT</c> again under its request id (the error's <c>requestId</c>): if
    /// the server applied it, its receipt answers with the first result and nothing is applied twice; if not, it is
    /// applied now. Only for the same mutation and arguments, on the same client.
    /// </summary>
    public Task<TResult> ResendMutationAsync<TArgs, TResult>(MutationReference<TArgs, TResult> mutation, TArgs args, long requestId, CancellationToken ct = default)
        where TArgs : notnull
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(requestId, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(requestId, Volatile.Read(ref _nextRequestId));
        return MutateAsync<TResult>(StartCall(mutation.Name, args, requestId), update: null, ct);
    }

    private Task<TResult> MutateAsync<TResult>(string function, object args, Action<OptimisticLocalStore>? update, CancellationToken ct) =>
        MutateAsync<TResult>(StartCall(function, args), update, ct);

    private async Task<TResult> MutateAsync<TResult>(FunctionCall call, Action<OptimisticLocalStore>? update, CancellationToken ct)
    {
        var pending = new PendingMutation(call, Optimistic: update is not null);
        var function = call.Function;
        lock (_mutationsGate)
        {
            if (!_pendingMutations.TryAdd(call.RequestId, pending))
            {
                throw new InvalidOperationException($"Mutation {call.RequestId} is still waiting for its answer.");
            }
        }

        if (update is not null)
        {
            Release(_store.AddLayer(new OptimisticLayer(pending.Call.RequestId, update)));
        }

        Send(pending);
        FunctionResult result;
        try
        {
            result = await pending.Result.Task.WaitAsync(_options.CallTimeout, _options.Time, ct);
        }
        catch (TimeoutException)
        {
            Settle(pending, ClientError(ErrorCodes.Timeout,
                $"No answer to mutation {function} within {_options.CallTimeout.TotalSeconds:0.#} s; it may still be applied.",
                new { requestId = pending.Call.RequestId }).Error);
            result = await pending.Result.Task;
        }

        if (result.Error is { } error)
        {
            throw new DakarCafeException(error);
        }

        await WaitForVersionAsync(result.Version, ct);
        return JsonSerializer.Deserialize<TResult>(result.Value, WireJson.Options)!;
    }

    private long NextRequestId() => Interlocked.Increment(ref _nextRequestId);

    private int ResendPendingMutations()
    {
        List<PendingMutation> unconfirmed;
        lock (_mutationsGate)
        {
            unconfirmed = [.. _pendingMutations.Values];
        }

        foreach (var pending in unconfirmed)
        {
            Send(pending);
        }

        return unconfirmed.Count;
    }

    /// <summary>Sends the call; the answer completes it. A connection lost before the answer leaves it pending for the resend after reconnecting.</summary>
    private void Send(PendingMutation pending)
    {
        if (_hub.State != HubConnectionState.Connected)
        {
            return;
        }

        var answer = _hub.InvokeAsync<FunctionResult>(SyncHubMethods.Mutation, pending.Call);
        _ = CompleteAsync(pending, answer);
    }

    private async Task CompleteAsync(PendingMutation pending, Task<FunctionResult> answer)
    {
        FunctionResult result;
        try
        {
            result = await answer;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The connection went away before the answer; the reconnect resends the call.
            return;
        }

        if (result.Error is { Code: ErrorCodes.Overloaded or ErrorCodes.Unavailable } refusal && pending.Refusals++ < RefusalRetries)
        {
            _ = SendLaterAsync(pending, RetryAfter(refusal));
            return;
        }

        Settle(pending, result);
    }

    /// <summary>Answers a pending mutation once: with the server's answer, or with a failure of the client's own (a late answer is then ignored).</summary>
    private void Settle(PendingMutation pending, FunctionResult result)
    {
        lock (_mutationsGate)
        {
            if (!_pendingMutations.Remove(pending.Call.RequestId))
            {
                return;
            }
        }

        if (pending.Optimistic)
        {
            Release(_store.SettleLayer(pending.Call.RequestId, result.Error is null ? result.Version : null));
        }

        pending.Result.TrySetResult(result);
    }

    private void Settle(PendingMutation pending, ErrorInfo error) => Settle(pending, new FunctionResult(pending.Call.RequestId, null, 0, error));

    /// <summary>The client was closed: every mutation still waiting fails with <paramref name="error"/>.</summary>
    private void FailPendingMutations(ErrorInfo error)
    {
        List<PendingMutation> waiting;
        lock (_mutationsGate)
        {
            waiting = [.. _pendingMutations.Values];
        }

        foreach (var pending in waiting)
        {
            Settle(pending, error);
        }
    }

    private async Task SendLaterAsync(PendingMutation pending, TimeSpan delay)
    {
        await Task.Delay(delay);
        Send(pending);
    }

    /// <summary>The wait a refusal asks for (its <c>retryAfterMs</c>), a quarter of a second when it names none.</summary>
    private static TimeSpan RetryAfter(ErrorInfo error)
    {
        if (error.Data is { } data)
        {
            using var details = JsonDocument.Parse(data);
            if (details.RootElement.TryGetProperty("retryAfterMs", out var milliseconds) && milliseconds.TryGetInt64(out var wait))
            {
                return TimeSpan.FromMilliseconds(Math.Clamp(wait, 1, 60_000));
            }
        }

        return TimeSpan.FromMilliseconds(250);
    }

    /// <summary>A mutation sent and not yet answered; <c>Optimistic</c> when its update shows in the store meanwhile.</summary>
    private sealed record PendingMutation(FunctionCall Call, bool Optimistic)
    {
        /// <summary>How many times the server refused it as overloaded.</summary>
        public int Refusals { get; set; }

        public TaskCompletionSource<FunctionResult> Result { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
