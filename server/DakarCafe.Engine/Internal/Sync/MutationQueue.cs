using System.Threading.Channels;
using DakarCafe.Engine.Errors;
using DakarCafe.Protocol;

namespace DakarCafe.Engine.Internal.Sync;

/// <summary>
/// Runs one connection's mutations one at a time, in the order they arrived, so a client's writes apply in the order
/// it made them. Bounded: past the limit a call is refused with <c>LIMIT_EXCEEDED</c>.
/// </summary>
internal sealed class MutationQueue
{
    private readonly Channel<Func<Task>> _work;
    private readonly int _capacity;

    public MutationQueue(int capacity)
    {
        _capacity = capacity;
        _work = Channel.CreateBounded<Func<Task>>(new BoundedChannelOptions(capacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });
        _ = Task.Run(RunAsync);
    }

    public Task<FunctionResult> EnqueueAsync(long requestId, Func<Task<FunctionResult>> mutation)
    {
        var done = new TaskCompletionSource<FunctionResult>(TaskCreationOptions.RunContinuationsAsynchronously);
        var accepted = _work.Writer.TryWrite(async () =>
        {
            try
            {
                done.TrySetResult(await mutation());
            }
            catch (Exception e)
            {
                done.TrySetException(e);
            }
        });
        return accepted
            ? done.Task
            : Task.FromResult(new FunctionResult(requestId, null, 0, AppError.LimitExceeded("pendingMutationsPerConnection", _capacity).ToErrorInfo()));
    }

    /// <summary>Stops taking work; what is queued still runs.</summary>
    public void Complete() => _work.Writer.TryComplete();

    private async Task RunAsync()
    {
        await foreach (var mutation in _work.Reader.ReadAllAsync())
        {
            await mutation();
        }
    }
}
