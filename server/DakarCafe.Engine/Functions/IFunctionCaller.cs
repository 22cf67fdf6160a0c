using DakarCafe.Protocol;

namespace DakarCafe.Engine.Functions;

/// <summary>Calls the engine's functions from inside the server (actions, the scheduler), as a client would.</summary>
public interface IFunctionCaller
{
    /// <summary>Runs a query once, at the newest version.</summary>
    Task<FunctionResult> QueryAsync(string name, string args, CallerIdentity caller, CancellationToken ct);

    /// <summary>Runs a mutation under a fresh server-side request id.</summary>
    Task<FunctionResult> MutateAsync(string name, string args, CallerIdentity caller, CancellationToken ct);

    /// <summary>Runs an action.</summary>
    Task<FunctionResult> ActAsync(string name, string args, CallerIdentity caller, CancellationToken ct);
}
