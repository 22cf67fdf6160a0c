using System.Text.Json;
using DakarCafe.Protocol;
using Microsoft.AspNetCore.SignalR.Client;

namespace DakarCafe.Client;

public sealed partial class DakarCafeClient
{
    private readonly SortedDictionary<long, PendingMutation> _pendingMutations = [];
    private long _nextRequestId;

    /// <summary>
    /// Runs a mutation and returns its result once the local store reflects it (every subscription is at or past its
    /// commit version). If the connection drops first, it is resent after the reconnect under the same request id, so
    /// the server applies it once.
    /// </summary>
    public async Task<TResult> MutateAsync<TResult>(string function, object args, CancellationToken ct = default)
    {
        var pending = new PendingMutation(Call(function, args));
        lock (_gate)
        {
            _pendingMutations[pending.Call.RequestId] = pending;
        }

        Send(pending);
        var result = await pending.Result.Task.WaitAsync(ct);
        if (result.Error is { } error)
        {
            throw new DakarCafeException(error);
        }

        await WaitForVersionAsync(result.Version, ct);
        return JsonSerializer.Deserialize<TResult>(result.Value, WireJson.Options)!;
    }

    private long NextRequestId() => Interlocked.Increment(ref _nextRequestId);

    private void ResendPendingMutations()
    {
        List<PendingMutation> unconfirmed;
        lock (_gate)
        {
            unconfirmed = [.. _pendingMutations.Values];
        }

        foreach (var pending in unconfirmed)
        {
            Send(pending);
        }
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

        lock (_gate)
        {
            _pendingMutations.Remove(pending.Call.RequestId);
        }

        pending.Result.TrySetResult(result);
    }

    private sealed record PendingMutation(FunctionCall Call)
    {
        public TaskCompletionSource<FunctionResult> Result { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
