using System.Diagnostics;
using DakarCafe.Engine.Errors;
using DakarCafe.Engine.Functions;
using DakarCafe.Engine.Internal.Errors;
using DakarCafe.Engine.Internal.Functions;
using DakarCafe.Engine.Internal.Metrics;
using DakarCafe.Engine.Limits;
using DakarCafe.Protocol;

namespace DakarCafe.Engine.Internal.Execution;

/// <summary>
/// The engine's own caller: one server-side session whose request ids only increase. Its calls are the server's
/// (<see cref="CallerIdentity.IsServerCall"/>), made for whichever identity they act for.
/// </summary>
internal sealed class FunctionCaller(QueryExecutor queries, MutationExecutor mutations, FunctionRegistry registry,
    EngineLimits limits, ErrorReporter errors, FunctionLog log, IServiceProvider services, TimeProvider time) : IFunctionCaller
{
    private readonly string _sessionId = "server-" + Guid.NewGuid().ToString("N");
    private long _requestId;

    public Task<FunctionResult> QueryAsync(string name, string args, CallerIdentity caller, CancellationToken ct) =>
        queries.RunAsync(new FunctionCall(Interlocked.Increment(ref _requestId), name, args), AsServer(caller), ct);

    public Task<FunctionResult> MutateAsync(string name, string args, CallerIdentity caller, CancellationToken ct) =>
        mutations.RunAsync(new FunctionCall(Interlocked.Increment(ref _requestId), name, args), AsServer(caller), _sessionId, ct);

    public Task<FunctionResult> ActAsync(string name, string args, CallerIdentity caller, CancellationToken ct) =>
        RunActionAsync(new FunctionCall(Interlocked.Increment(ref _requestId), name, args), AsServer(caller), ct);

    private static CallerIdentity AsServer(CallerIdentity caller) => caller.IsServerCall ? caller : caller with { IsServerCall = true };

    /// <summary>Runs an action call; its queries and mutations go through this caller.</summary>
    public async Task<FunctionResult> RunActionAsync(FunctionCall call, CallerIdentity caller, CancellationToken ct)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(limits.MaxActionRunTime);
        var startedAt = Stopwatch.GetTimestamp();
        FunctionDefinition? function = null;
        try
        {
            (function, var args) = CallPreparation.Prepare(registry, FunctionKind.Action, call.Function, call.Args, caller);
            var result = await function.Invoke(new ActionContext(caller, this, services, time), args, deadline.Token);
            log.Completed(function.Name, "action", startedAt, error: null, $"{_sessionId}:{call.RequestId}", caller.UserId);
            return new FunctionResult(call.RequestId, ResultSerializer.Serialize(result, function.ResultType, limits), 0);
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            var error = deadline.IsCancellationRequested
                ? AppError.LimitExceeded("actionRunTime", (long)limits.MaxActionRunTime.TotalMilliseconds).ToErrorInfo()
                : errors.ToErrorInfo(e, call.Function ?? "?");
            if (function is not null)
            {
                log.Completed(function.Name, "action", startedAt, error, $"{_sessionId}:{call.RequestId}", caller.UserId);
            }

            return new FunctionResult(call.RequestId, null, 0, error);
        }
    }
}
