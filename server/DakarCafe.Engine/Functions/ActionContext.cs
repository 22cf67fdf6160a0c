namespace DakarCafe.Engine.Functions;

/// <summary>
/// What an action sees: the caller, the clock, and the engine's queries and mutations, called through the server
/// with the caller's identity (so <see cref="AccessRule.Internal"/> functions are reachable). Actions may call the
/// outside world; they are not transactional.
/// </summary>
public sealed class ActionContext : FunctionContext
{
    private readonly IFunctionCaller _caller;

    internal ActionContext(CallerIdentity identity, IFunctionCaller caller, TimeProvider time) : base(identity)
    {
        _caller = caller;
        Time = time;
    }

    /// <summary>The clock.</summary>
    public TimeProvider Time { get; }

    /// <summary>Runs a query and returns its result; an error it reports is thrown as <see cref="Errors.AppError"/>.</summary>
    public Task<TResult> RunQueryAsync<TResult>(string function, object args, CancellationToken ct) =>
        _caller.QueryAsync<TResult>(function, args, Identity, ct);

    /// <summary>Runs a mutation (applied once) and returns its result; an error it reports is thrown as <see cref="Errors.AppError"/>.</summary>
    public Task<TResult> RunMutationAsync<TResult>(string function, object args, CancellationToken ct) =>
        _caller.MutateAsync<TResult>(function, args, Identity, ct);
}
