using System.Threading.Channels;
using DakarCafe.Schema.Analytics;
using Marten;
using Weasel.Core;

namespace DakarCafe.Server.Analytics;

/// <summary>
/// Tracked events wait in memory and are written in batches (Marten's bulk insert, PostgreSQL COPY) at most every
/// <see cref="FlushInterval"/>, so tracking never waits for the database. When the buffer is full, new events are
/// dropped and counted rather than slowing anyone; on shutdown the buffer is written out.
/// </summary>
internal sealed partial class AnalyticsWriter(IDocumentStore store, ILogger<AnalyticsWriter> logger) : BackgroundService
{
    public const int Capacity = 20_000;
    public const int BatchSize = 1_000;
    public static readonly TimeSpan FlushInterval = TimeSpan.FromSeconds(1);

    private readonly Channel<AnalyticsEvent> _events = Channel.CreateBounded<AnalyticsEvent>(
        new BoundedChannelOptions(Capacity) { FullMode = BoundedChannelFullMode.Wait, SingleReader = false });
    private readonly SemaphoreSlim _writing = new(1, 1);
    private readonly List<AnalyticsEvent> _batch = new(BatchSize);
    private long _dropped;

    /// <summary>Events dropped because the buffer was full.</summary>
    public long Dropped => Interlocked.Read(ref _dropped);

    public bool TryTrack(AnalyticsEvent e)
    {
        if (_events.Writer.TryWrite(e))
        {
            return true;
        }

        Interlocked.Increment(ref _dropped);
        return false;
    }

    /// <summary>Writes what is buffered now; returns how many events were written.</summary>
    public async Task<int> FlushAsync(CancellationToken ct)
    {
        await _writing.WaitAsync(ct);
        try
        {
            // The batch outlives a failed write (a bulk insert is one transaction): the next flush writes it first.
            var written = 0;
            while (true)
            {
                while (_batch.Count < BatchSize && _events.Reader.TryRead(out var e))
                {
                    _batch.Add(e);
                }

                if (_batch.Count == 0)
                {
                    return written;
                }

                await store.BulkInsertAsync(_batch, BulkInsertMode.InsertsOnly, BatchSize, ct);
                written += _batch.Count;
                _batch.Clear();
            }
        }
        finally
        {
            _writing.Release();
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (await _events.Reader.WaitToReadAsync(stoppingToken))
        {
            await Task.Delay(FlushInterval, stoppingToken);
            try
            {
                await FlushAsync(stoppingToken);
            }
            catch (Exception e) when (e is Npgsql.NpgsqlException or TimeoutException)
            {
                LogFlushFailed(logger, e);
            }
        }
    }

    /// <summary>Writes out the buffer, unless the host's shutdown time has already run out (then the rest is logged as lost).</summary>
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        try
        {
            await FlushAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            LogLostAtShutdown(logger, _events.Reader.Count + _batch.Count);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} analytics events were not written: the shutdown ran out of time")]
    private static partial void LogLostAtShutdown(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Analytics events could not be written; they are kept for the next flush")]
    private static partial void LogFlushFailed(ILogger logger, Exception exception);
}
