using System.Text.RegularExpressions;
using DakarCafe.Engine.Internal.Functions;
using DakarCafe.Protocol;

namespace DakarCafe.Engine.Functions;

/// <summary>
/// The functions a deployment offers, by public name (<c>module:function</c>). Modules register theirs in one
/// method at start-up; the registry is read-only once the host runs.
/// </summary>
public sealed partial class FunctionRegistry
{
    private readonly Dictionary<string, FunctionDefinition> _functions = new(StringComparer.Ordinal);

    /// <summary>Registers a query: read-only, deterministic, subscribable.</summary>
    public void Query<TArgs, TResult>(string name, AccessRule access, Func<QueryContext, TArgs, CancellationToken, Task<TResult>> handler)
        where TArgs : notnull =>
        Add(name, FunctionKind.Query, access, typeof(TArgs), typeof(TResult),
            async (ctx, args, ct) => await handler((QueryContext)ctx, (TArgs)args, ct));

    /// <summary>Registers a mutation: one transaction, applied once per request id.</summary>
    public void Mutation<TArgs, TResult>(string name, AccessRule access, Func<MutationContext, TArgs, CancellationToken, Task<TResult>> handler)
        where TArgs : notnull =>
        Add(name, FunctionKind.Mutation, access, typeof(TArgs), typeof(TResult),
            async (ctx, args, ct) => await handler((MutationContext)ctx, (TArgs)args, ct));

    /// <summary>Registers an action: may call the outside world, runs queries and mutations through the engine.</summary>
    public void Action<TArgs, TResult>(string name, AccessRule access, Func<ActionContext, TArgs, CancellationToken, Task<TResult>> handler)
        where TArgs : notnull =>
        Add(name, FunctionKind.Action, access, typeof(TArgs), typeof(TResult),
            async (ctx, args, ct) => await handler((ActionContext)ctx, (TArgs)args, ct));

    /// <summary>Registers the handler of a public query declared in the API manifest (its name and types come from the reference).</summary>
    public void Query<TArgs, TResult>(QueryReference<TArgs, TResult> function, AccessRule access, Func<QueryContext, TArgs, CancellationToken, Task<TResult>> handler)
        where TArgs : notnull => Query(function.Name, access, handler);

    /// <summary>Registers the handler of a public mutation declared in the API manifest.</summary>
    public void Mutation<TArgs, TResult>(MutationReference<TArgs, TResult> function, AccessRule access,
        Func<MutationContext, TArgs, CancellationToken, Task<TResult>> handler)
        where TArgs : notnull => Mutation(function.Name, access, handler);

    /// <summary>Registers the handler of a public action declared in the API manifest.</summary>
    public void Action<TArgs, TResult>(ActionReference<TArgs, TResult> function, AccessRule access, Func<ActionContext, TArgs, CancellationToken, Task<TResult>> handler)
        where TArgs : notnull => Action(function.Name, access, handler);

    /// <summary>The registered names, for diagnostics and code generation.</summary>
    public IEnumerable<string> Names => _functions.Keys;

    /// <summary>
    /// The names of the app's functions clients may call (every function but the <see cref="AccessRule.Internal"/> ones
    /// and the engine's own, whose modules start with <c>_</c>, such as the dashboard's).
    /// </summary>
    public IEnumerable<string> PublicNames => _functions.Values.Where(f => f.Access != AccessRule.Internal && !IsSystem(f.Name)).Select(f => f.Name);

    /// <summary>True for the engine's own functions, whose module names start with <c>_</c> (an app cannot register those).</summary>
    public static bool IsSystem(string name) => name.StartsWith('_');

    internal bool TryGet(string name, out FunctionDefinition definition) => _functions.TryGetValue(name, out definition!);

    internal IReadOnlyCollection<FunctionDefinition> All => _functions.Values;

    /// <summary>Registers one of the engine's own functions, in a module whose name starts with <c>_</c>.</summary>
    internal void System<TArgs, TResult, TContext>(string name, FunctionKind kind, AccessRule access, Func<TContext, TArgs, CancellationToken, Task<TResult>> handler)
        where TArgs : notnull
        where TContext : FunctionContext
    {
        if (!IsSystem(name) || !NamePattern().IsMatch(name[1..]))
        {
            throw new ArgumentException($"'{name}' is not of the form _module:function.", nameof(name));
        }

        Put(name, kind, access, typeof(TArgs), typeof(TResult), async (ctx, args, ct) => await handler((TContext)ctx, (TArgs)args, ct));
    }

    private void Add(string name, FunctionKind kind, AccessRule access, Type args, Type result,
        Func<FunctionContext, object, CancellationToken, Task<object?>> invoke)
    {
        if (!NamePattern().IsMatch(name))
        {
            throw new ArgumentException($"'{name}' is not of the form module:function.", nameof(name));
        }

        Put(name, kind, access, args, result, invoke);
    }

    private void Put(string name, FunctionKind kind, AccessRule access, Type args, Type result,
        Func<FunctionContext, object, CancellationToken, Task<object?>> invoke)
    {
        if (!_functions.TryAdd(name, new FunctionDefinition(name, kind, access, args, result, invoke)))
        {
            throw new ArgumentException($"A function named '{name}' is already registered.", nameof(name));
        }
    }

    [GeneratedRegex("^[a-z][A-Za-z0-9]*:[a-z][A-Za-z0-9]*$")]
    private static partial Regex NamePattern();
}
