using Marten;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace DakarCafe.Engine.Functions;

/// <summary>
/// What an action sees: the caller, the clock, and the engine's queries and mutations, called through the server
/// with the caller's identity (so <see cref="AccessRule.Internal"/> functions are reachable). Actions may call the
/// outside world; they are not transactional.
/// </summary>
public sealed class ActionContext : FunctionContext
{
    private readonly IFunctionCaller _caller;
    private ReadOnlySql? _sql;

    internal ActionContext(CallerIdentity identity, IFunctionCaller caller, IServiceProvider services, TimeProvider time) : base(identity)
    {
        _caller = caller;
        Services = services;
        Time = time;
    }

    /// <summary>The clock.</summary>
    public TimeProvider Time { get; }

    /// <summary>The host's services (HTTP clients for the outside world, settings); only actions get them, queries and mutations stay pure.</summary>
    public IServiceProvider Services { get; }

    /// <summary>Read-only SQL for reports and aggregates, outside reactivity (see <see cref="ReadOnlySql"/>).</summary>
    public ReadOnlySql Sql => _sql ??= new ReadOnlySql(Services.GetRequiredService<NpgsqlDataSource>(), Services.GetRequiredService<IDocumentStore>());

    /// <summary>Runs a query and returns its result; an error it reports is thrown as <see cref="Errors.AppError"/>.</summary>
    public Task<TResult> RunQueryAsync<TResult>(string function, object args, CancellationToken ct) =>
        _caller.QueryAsync<TResult>(function, args, Identity, ct);

    /// <summary>Runs a mutation (applied once) and returns its result; an error it reports is thrown as <see cref="Errors.AppError"/>.</summary>
    public Task<TResult> RunMutationAsync<TResult>(string function, object args, CancellationToken ct) =>
        _caller.MutateAsync<TResult>(function, args, Identity, ct);
}
