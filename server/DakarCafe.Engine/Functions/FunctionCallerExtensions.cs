using System.Text.Json;
using DakarCafe.Engine.Errors;
using DakarCafe.Protocol;

namespace DakarCafe.Engine.Functions;

/// <summary>Typed calls through an <see cref="IFunctionCaller"/>: arguments serialized as on the wire, errors thrown as <see cref="AppError"/>.</summary>
public static class FunctionCallerExtensions
{
    /// <summary>Runs a query and returns its result.</summary>
    public static async Task<TResult> QueryAsync<TResult>(this IFunctionCaller caller, string function, object args, CallerIdentity identity, CancellationToken ct) =>
        Unwrap<TResult>(await caller.QueryAsync(function, Serialize(args), identity, ct));

    /// <summary>Runs a mutation (applied once) and returns its result.</summary>
    public static async Task<TResult> MutateAsync<TResult>(this IFunctionCaller caller, string function, object args, CallerIdentity identity, CancellationToken ct) =>
        Unwrap<TResult>(await caller.MutateAsync(function, Serialize(args), identity, ct));

    /// <summary>Runs an action and returns its result.</summary>
    public static async Task<TResult> ActAsync<TResult>(this IFunctionCaller caller, string function, object args, CallerIdentity identity, CancellationToken ct) =>
        Unwrap<TResult>(await caller.ActAsync(function, Serialize(args), identity, ct));

    private static string Serialize(object args) => JsonSerializer.Serialize(args, args.GetType(), WireJson.Options);

    private static TResult Unwrap<TResult>(FunctionResult result) => result.Error is { } error
        ? throw new AppError(error.Code, error.Message, error.Data is null ? null : JsonSerializer.Deserialize<JsonElement>(error.Data))
        : JsonSerializer.Deserialize<TResult>(result.Value, WireJson.Options)!;
}
