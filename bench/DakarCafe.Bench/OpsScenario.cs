using System.Diagnostics;
using System.Globalization;
using DakarCafe.Client;
using DakarCafe.Schema;
using DakarCafe.Schema.Analytics;
using DakarCafe.Schema.Categories;

namespace DakarCafe.Bench;

/// <summary>
/// Operations: what <c>analytics:trackEvent</c> costs its caller (beside a one-shot query, the cheapest round trip
/// that reads the database) and how many events per second it takes with several callers, how long the batches take to
/// land, and how long <c>backups:backupData</c> takes to export what the run wrote.
/// </summary>
internal static class OpsScenario
{
    public static Task RunAsync(int calls, int inFlight) => BenchFolder.RunInAsync(folder => RunAsync(folder, calls, inFlight));

    private static async Task RunAsync(string folder, int calls, int inFlight)
    {
        var report = new Report("ops");
        await using var postgres = await Floors.StartPostgresAsync(folder);
        using var server = await ShopServer.StartAsync(postgres.ConnectionString, folder);
        report.Say($"# Analytics and backups — {TimeProvider.System.GetUtcNow():yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores");
        report.Say($"noise before: {ProcessProbe.Noise()}");
        var adminToken = await server.SignInAsync("admin@bench.sn", postgres.ConnectionString, admin: true);
        await using var admin = await server.ConnectAsync(adminToken);
        var started = TimeProvider.System.GetUtcNow();

        var query = await SequentialAsync(calls, () => admin.QueryAsync<IReadOnlyList<CategoryNode>>("categories:getCategoryTree", new NoArgs()));
        var track = await SequentialAsync(calls, () => admin.ActionAsync<bool>("analytics:trackEvent", View(calls)));
        report.Say("");
        report.Say($"## One caller, {calls} sequential calls");
        report.Say($"floor one-shot query (categories:getCategoryTree): {query.Summary}");
        report.Say($"analytics:trackEvent: {track.Summary}");
        report.Say(string.Create(CultureInfo.InvariantCulture, $"ratio trackEvent / query: p50 {track.Percentile(50) / query.Percentile(50):0.00}, p99 {track.Percentile(99) / query.Percentile(99):0.00}"));

        var callers = await Task.WhenAll(Enumerable.Range(0, inFlight).Select(_ => server.ConnectAsync(adminToken)));
        var next = -1;
        var cpuBefore = ProcessProbe.CpuSeconds(server.ProcessId);
        var burst = Stopwatch.StartNew();
        await Task.WhenAll(callers.Select(caller => Task.Run(async () =>
        {
            for (var i = Interlocked.Increment(ref next); i < calls * 10; i = Interlocked.Increment(ref next))
            {
                await caller.ActionAsync<bool>("analytics:trackEvent", View(i));
            }
        })));
        burst.Stop();
        var sent = calls + calls * 10;
        var stored = await StoredAsync(admin, started);
        var landing = Stopwatch.StartNew();
        while (stored < sent && landing.Elapsed < TimeSpan.FromSeconds(30))
        {
            await Task.Delay(50);
            stored = await StoredAsync(admin, started);
        }

        report.Say("");
        report.Say($"## {calls * 10} calls from {inFlight} callers at once");
        report.Say(string.Create(CultureInfo.InvariantCulture,
            $"{calls * 10 / burst.Elapsed.TotalSeconds:0} events/s accepted; {stored} of {sent} stored, the last {landing.Elapsed.TotalMilliseconds:0} ms after the burst; {server.CpuAndMemory(cpuBefore)}"));
        foreach (var caller in callers)
        {
            await caller.DisposeAsync();
        }

        var backup = Stopwatch.StartNew();
        var info = await admin.ActionAsync<Schema.Backups.BackupInfo>("backups:backupData", new NoArgs());
        backup.Stop();
        report.Say("");
        report.Say("## backups:backupData over what the run wrote");
        report.Say(string.Create(CultureInfo.InvariantCulture,
            $"{info.Rows} rows in {info.Tables} tables, {info.Bytes / 1024.0:0} KiB, in {backup.Elapsed.TotalMilliseconds:0} ms ({info.Rows / backup.Elapsed.TotalSeconds:0} rows/s)"));
        report.Say($"noise after: {ProcessProbe.Noise()}");
        await report.WriteAsync();
    }

    private static TrackedEvent View(int i) =>
        new("product_viewed", new Dictionary<string, string> { ["productId"] = Guid.NewGuid().ToString(), ["n"] = i.ToString(CultureInfo.InvariantCulture) });

    private static async Task<Latencies> SequentialAsync(int calls, Func<Task> call)
    {
        var latencies = new Latencies();
        for (var i = 0; i < calls; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await call();
            latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        return latencies;
    }

    private static async Task<long> StoredAsync(DakarCafeClient admin, DateTimeOffset since) =>
        (await admin.ActionAsync<IReadOnlyList<EventCount>>("analytics:eventsPerDay",
            new AnalyticsPeriodArgs(since.AddMinutes(-1), TimeProvider.System.GetUtcNow().AddMinutes(1), "product_viewed"))).Sum(c => c.Count);
}
