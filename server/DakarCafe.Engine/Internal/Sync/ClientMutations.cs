using DakarCafe.Engine.Functions;
using DakarCafe.Engine.Internal.Execution;
using DakarCafe.Engine.Internal.Reactivity;
using DakarCafe.Protocol;

namespace DakarCafe.Engine.Internal.Sync;

/// <summary>
/// Runs a client's mutations and ties them to its transitions: a mutation is listed as unconfirmed before it runs, so
/// the reactor cycle that reads its receipt confirms it in that client's transition (the client drops its optimistic
/// update in the same step as it applies the commit); once answered, the client is owed a transition at or past its
/// commit version, which also confirms a mutation answered from an earlier commit (a resend).
/// </summary>
internal sealed class ClientMutations(MutationExecutor executor, UnconfirmedMutations unconfirmed, Reactor reactor)
{
    public async Task<FunctionResult> RunAsync(ClientSession client, FunctionCall call, CallerIdentity caller)
    {
        var receipt = new ReceiptKey(caller, client.SessionId, call.RequestId);
        unconfirmed.Register(receipt, client);
        FunctionResult result;
        try
        {
            result = await executor.RunAsync(call, caller, client.SessionId, client.Connection.ConnectionAborted);
        }
        catch (OperationCanceledException)
        {
            // The connection went away: nobody is left to confirm it to.
            unconfirmed.Forget(receipt);
            throw;
        }

        if (result.Error is null)
        {
            reactor.Submit(new ReactorCommand.EnsureVersion(client, result.Version, receipt));
        }
        else
        {
            unconfirmed.Forget(receipt);
        }

        return result;
    }
}
