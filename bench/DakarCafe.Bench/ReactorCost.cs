using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using DakarCafe.Client;
using Npgsql;

namespace DakarCafe.Bench;

/// <summary>
/// What one commit costs the reactor as the deployment grows: a bench server holds N distinct live queries
/// (<see cref="ReactorLoad"/>: keyed reads, range reads, range reads of which 1% re-run), and one product's price is
/// set commit after commit while one raw subscriber follows it. Per commit: the time until that subscriber has the new
/// price, the reactor's cycle (reading the log, matching the writes, re-running and publishing), and the server's
/// CPU. Then the same with the commit log holding a million older commits.
/// </summary>
internal static class ReactorCost
{
    /// <summary>A price limit above every written price: a range query up to it re-runs on every commit.</summary>
    public const long TouchedLimit = 100_000_000;

    private const long FirstPrice = 1_000_000;
    private const int LogFillerCommits = 1_000_000;

    public static Task RunAsync(int[] counts, int commits) => BenchFolder.RunInAsync(folder => RunAsync(folder, counts, commits));

    private static async Task RunAsync(string folder, int[] counts, int commits)
    {
        var report = new Report("reactor-cost");
        report.Say($"# Reactor cost — {TimeProvider.System.GetUtcNow():yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, {commits} commits per row");
        report.Say($"noise before: {ProcessProbe.Noise()}");
        await using var postgres = await Floors.StartPostgresAsync(folder);
        report.Say($"floor commit+NOTIFY → listener: {(await Floors.CommitNotifyAsync(postgres.ConnectionString, 200)).Summary}");
        var port = FanOutScenario.FreePort();
        using var server = FanOutScenario.StartServer(postgres.ConnectionString, port);
        try
        {
            var url = new Uri($"http://127.0.0.1:{port}");
            using var http = new HttpClient { BaseAddress = url };
            var run = new Run(server, http, url, Guid.NewGuid(), commits);
            await using var writer = new DakarCafeClient(new DakarCafeClientOptions { ServerUrl = url });
            await writer.ConnectAsync();
            report.Say("");
            report.Say("| live queries | what they read | re-run per commit | commit → push p50 | p99 | reactor cycle p50 | p99 | server CPU per commit | server memory | all unsubscribed: next push after |");
            report.Say("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
            foreach (var kind in Enum.GetValues<ReactorLoad.Kind>())
            {
                foreach (var count in counts)
                {
                    var load = await ReactorLoad.SubscribeAsync(url, kind, count);
                    var row = await run.MeasureAsync(writer, $"| {count} | {Describe(kind)} | {(kind == ReactorLoad.Kind.RangeOnePercentTouched ? count / 100 : 0)} |");
                    // The connections close, and the reactor drops their queries before it can publish the next commit.
                    var leaving = Stopwatch.StartNew();
                    await load.DisposeAsync();
                    await run.CommitOnceAsync(writer);
                    report.Say(string.Create(CultureInfo.InvariantCulture, $"{row} {leaving.Elapsed.TotalMilliseconds:0} ms |"));
                }
            }

            var filling = Stopwatch.StartNew();
            await FillLogAsync(postgres.ConnectionString);
            report.Say("");
            report.Say($"The commit log then holds {LogFillerCommits:N0} older commits more (one write each; written in {filling.Elapsed.TotalSeconds:0} s):");
            report.Say("");
            foreach (var kind in new[] { ReactorLoad.Kind.Keyed, ReactorLoad.Kind.Range })
            {
                await using var load = await ReactorLoad.SubscribeAsync(url, kind, counts[^1]);
                report.Say(await run.MeasureAsync(writer, $"| {counts[^1]} | {Describe(kind)}, log + {LogFillerCommits:N0} | 0 |") + " |");
            }
        }
        finally
        {
            server.Kill();
            await server.WaitForExitAsync();
        }

        report.Say("");
        report.Say($"noise after: {ProcessProbe.Noise()}");
        await report.WriteAsync();
    }

    private static string Describe(ReactorLoad.Kind kind) => kind switch
    {
        ReactorLoad.Kind.Keyed => "one product by id",
        ReactorLoad.Kind.Range => "products up to a price",
        _ => "products up to a price, 1% touched",
    };

    /// <summary>
    /// Older commits than any the server has read (negative versions, transaction ids no real one reaches, committed
    /// tomorrow so no pruning removes them during the run), written with the log's triggers off.
    /// </summary>
    private static async Task FillLogAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var fill = new NpgsqlCommand("""
            set session_replication_role = replica;
            insert into dakarcafe.commits (version, xid, committed_at)
                select -g, ((1::bigint << 40) + g)::text::xid8, clock_timestamp() + interval '1 day' from generate_series(1, $1) g;
            insert into dakarcafe.writes (xid, table_name, op, new_data, doc_id)
                select ((1::bigint << 40) + g)::text::xid8, 'bench.filler', 'I', jsonb_build_object('id', g, 'name', 'filler'), g::text from generate_series(1, $1) g;
            analyze dakarcafe.commits;
            analyze dakarcafe.writes;
            """.Replace("$1", LogFillerCommits.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal), connection) { CommandTimeout = 600 };
        await fill.ExecuteNonQueryAsync();
    }

    /// <summary>The measuring side: one product whose price only grows, and the server's process and endpoints.</summary>
    private sealed class Run(Process server, HttpClient http, Uri url, Guid product, int commits)
    {
        private long _price = FirstPrice;

        public async Task<string> MeasureAsync(DakarCafeClient writer, string row)
        {
            await writer.MutateAsync<long>("products:setPrice", new BenchPrice(product, ++_price));
            await using var watcher = await FanOutReaders.SubscribeAsync(url, 1, product, _price);
            for (var warm = 0; warm < 5; warm++)
            {
                await CommitAsync(writer, watcher);
            }

            watcher.ResetLatencies();
            await http.GetFromJsonAsync<double[]>("/bench/cycles");
            var cpuBefore = ProcessProbe.CpuSeconds(server.Id);
            for (var i = 0; i < commits; i++)
            {
                await CommitAsync(writer, watcher);
            }

            var cpu = ProcessProbe.CpuSeconds(server.Id) - cpuBefore;
            var cycles = new Latencies();
            foreach (var cycle in (await http.GetFromJsonAsync<double[]>("/bench/cycles"))!)
            {
                cycles.Add(cycle);
            }

            return string.Create(CultureInfo.InvariantCulture,
                $"{row} {watcher.Latencies.Percentile(50):0.0} ms | {watcher.Latencies.Percentile(99):0.0} ms | {cycles.Percentile(50):0.0} ms | {cycles.Percentile(99):0.0} ms | " +
                $"{cpu * 1000 / commits:0.0} ms | {ProcessProbe.MemoryMb(server.Id):0} MB |");
        }

        /// <summary>One commit, until a new subscriber of the product has its price.</summary>
        public async Task CommitOnceAsync(DakarCafeClient writer)
        {
            await writer.MutateAsync<long>("products:setPrice", new BenchPrice(product, ++_price));
            await using var watcher = await FanOutReaders.SubscribeAsync(url, 1, product, _price);
        }

        private async Task CommitAsync(DakarCafeClient writer, FanOutReaders watcher)
        {
            var next = ++_price;
            watcher.Expect(next, 1);
            await writer.MutateAsync<long>("products:setPrice", new BenchPrice(product, next));
            await watcher.WaitAsync(next);
        }
    }
}
