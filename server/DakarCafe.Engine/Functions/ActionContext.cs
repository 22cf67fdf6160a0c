using System.Text.Json;
using DakarCafe.Engine.Errors;
using DakarCafe.Protocol;

namespace DakarCafe.Engine.Functions;

/// <summary>
/// What an action sees: the caller, the clock, and the engine's queries and mutations, called as a client would call
/// them (with the caller's identity and access rules). Actions may call the outside world; they are not transactional.
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

    /// <summary>Runs a query and returns its result; an error it reports is thrown as <see cref="AppError"/>.</summary>
    public async Task<TResult> RunQueryAsync<TResult>(string function, object args, CancellationToken ct) =>
        Unwrap<TResult>(await _caller.QueryAsync(function, JsonSerializer.Serialize(args, WireJson.Options), Identity, ct));

    /// <summary>Runs a mutation (applied once) and returns its result; an error it reports is thrown as <see cref="AppError"/>.</summary>
    public async Task<TResult> RunMutationAsync<TResult>(string function, object args, CancellationToken ct) =>
        Unwrap<TResult>(await _caller.MutateAsync(function, JsonSerializer.Serialize(args, WireJson.Options), Identity, ct));

    private static TResult Unwrap<TResult>(FunctionResult result) => result.Error is { } error
        ? throw new AppError(error.Code, error.Message)
        : JsonSerializer.Deserialize<TResult>(result.Value, WireJson.Options)!;
}
