using System.Diagnostics;
using DakarCafe.Engine.Dashboard;
using DakarCafe.Engine.Functions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DakarCafe.Engine.Internal.Dashboard;

/// <summary>
/// Writes the calls this node ran to the live log about once every <see cref="DashboardOptions.LogFlushInterval"/>, in
/// one internal mutation per batch; every <see cref="DashboardOptions.LogPruneInterval"/>, or after every thousand
/// calls, that mutation also drops what is older than the retention or beyond the cap. A batch that cannot be written (the database is down) is dropped: the log is a window, not a record
/// of account.
/// </summary>
internal sealed partial class CallLogWriter(CallRecorder recorder, IFunctionCaller caller, DashboardOptions options, ILogger<CallLogWriter> logger)
    : BackgroundService
{
    public const string RecordFunction = DashboardFunctions.Module + "recordCalls";
    private const int BatchSize = 500;
    private const int PruneAfterCalls = 1_000;
    private long _prunedAt = Stopwatch.GetTimestamp();
    private int _sincePrune;
    private static readonly CallerIdentity Server = CallerIdentity.Anonymous;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.LogFlushInterval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await FlushAsync(stoppingToken);
        }
    }

    public async Task FlushAsync(CancellationToken ct)
    {
        IReadOnlyList<FunctionCallRecord> batch;
        while ((batch = recorder.Take(BatchSize)).Count > 0)
        {
            try
            {
                _sincePrune += batch.Count;
                var prune = _sincePrune >= PruneAfterCalls || Stopwatch.GetElapsedTime(_prunedAt) >= options.LogPruneInterval;
                await caller.MutateAsync<int>(RecordFunction, new RecordCallsArgs(batch, prune), Server, ct);
                if (prune)
                {
                    (_prunedAt, _sincePrune) = (Stopwatch.GetTimestamp(), 0);
                }
            }
            catch (Exception e) when (!ct.IsCancellationRequested)
            {
                LogDropped(logger, batch.Count, e.Message);
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The dashboard's log lost {Count} calls it could not write: {Reason}")]
    private static partial void LogDropped(ILogger logger, int count, string reason);
}

/// <summary>A batch of calls for the log, and whether to drop what the log no longer keeps.</summary>
internal sealed record RecordCallsArgs(IReadOnlyList<FunctionCallRecord> Calls, bool Prune);
