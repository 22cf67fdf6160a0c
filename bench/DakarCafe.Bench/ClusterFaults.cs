using System.Diagnostics;
using System.Globalization;
using DakarCafe.Fixtures;
using DakarCafe.Protocol;
using Npgsql;

namespace DakarCafe.Bench;

/// <summary>
/// The fault suite: <c>scripts/cluster</c> with several nodes, steady traffic from SDK clients through its proxy
/// (<see cref="ClusterTraffic"/>), and one fault after another: a node killed, PostgreSQL restarted, a node's LISTEN
/// connection terminated, a client that stops reading, every node restarted in turn. For each: how long until every
/// live value caught up with the state at the fault's end, what the clients saw, and, with the traffic stopped, the
/// mutations lost or applied twice against what the clients were told.
/// </summary>
internal static class ClusterFaults
{
    private static readonly TimeSpan Steady = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan CatchUpBound = TimeSpan.FromMinutes(1);

    /// <summary>The faults, by the names <c>--only</c> takes, in the order they run.</summary>
    public const string All = "kill,postgres,listen,slow,rolling";

    public static Task RunAsync(int nodes, int shoppers, int watchers, IReadOnlySet<string> only) =>
        BenchFolder.RunInAsync(folder => RunAsync(folder, nodes, shoppers, watchers, only));

    private static async Task RunAsync(string folder, int nodes, int shoppers, int watchers, IReadOnlySet<string> only)
    {
        var report = new Report("cluster-faults");
        report.Say($"# Cluster faults — {TimeProvider.System.GetUtcNow():yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores");
        report.Say($"noise before: {ProcessProbe.Noise()}");
        // Every shopper signs up from 127.0.0.1, which the sign-up throttle would otherwise stop at ten.
        await using var cluster = await ClusterProcess.StartAsync(nodes, folder, TimeSpan.FromMinutes(5),
            new Dictionary<string, string> { ["Auth__SignUpBurstPerAddress"] = "10000" });
        await using var traffic = await ClusterTraffic.StartAsync(cluster.Address, shoppers, watchers);
        report.Say($"`scripts/cluster {nodes}` (nginx, one PostgreSQL); {shoppers} shoppers adding one unit every 250 ms and following their carts, " +
            $"{watchers} watchers following one product, an admin raising its price every 250 ms; all SDK clients through the proxy.");
        report.Say("");
        report.Say("| fault | fault lasted | caught up after the fault ended | lost | doubled | live = stored | what the clients saw |");
        report.Say("| --- | --- | --- | --- | --- | --- | --- |");

        var faults = new (string Name, string Description, Func<Task<TimeSpan>> Inject)[]
        {
            ("kill", "node 2 killed (SIGKILL) mid-mutations", () => KillNodeAsync(cluster, traffic)),
            ("postgres", "PostgreSQL restarted (fast shutdown, supervisor starts it)", () => RestartPostgresAsync(cluster)),
            ("listen", "a node's LISTEN connection terminated", () => TerminateListenerAsync(cluster)),
            ("slow", "a client stops reading for 20 s", () => SlowConsumerAsync(cluster, traffic, report)),
            ("rolling", "rolling restart of every node (SIGTERM, one at a time)", () => RollingRestartAsync(cluster)),
        };
        foreach (var fault in faults.Where(f => only.Contains(f.Name)))
        {
            await RunFaultAsync(report, traffic, fault.Description, fault.Inject);
        }

        report.Say("");
        report.Say($"noise after: {ProcessProbe.Noise()}");
        await report.WriteAsync();
    }

    /// <summary>Steady traffic, the fault (which returns once it has ended), the catch-up measured from its end, then the traffic stopped and checked.</summary>
    private static async Task RunFaultAsync(Report report, ClusterTraffic traffic, string fault, Func<Task<TimeSpan>> inject)
    {
        traffic.Run();
        await Task.Delay(Steady);
        traffic.TakeObservations();
        var lasted = await inject();
        var ended = Stopwatch.StartNew();
        string caughtUp;
        try
        {
            await traffic.CaughtUpAsync(CatchUpBound);
            caughtUp = Seconds(ended.Elapsed);
        }
        catch (TimeoutException)
        {
            caughtUp = $"NOT within {CatchUpBound.TotalSeconds:0} s";
        }

        await Task.Delay(Steady);
        await traffic.QuiesceAsync();
        var seen = traffic.TakeObservations();
        var (lost, doubled, liveEqualsStored) = await traffic.CheckAsync();
        report.Say($"| {fault} | {Seconds(lasted)} | {caughtUp} | {lost} | {doubled} | {(liveEqualsStored ? "yes" : "NO")} | {seen} |");
    }

    /// <summary>The node is killed; the fault lasts until its clients have noticed (their sockets reset), and the catch-up counts from there.</summary>
    private static async Task<TimeSpan> KillNodeAsync(ClusterProcess cluster, ClusterTraffic traffic)
    {
        var killed = Stopwatch.StartNew();
        cluster.KillNode(2);
        await Deadlines.UntilAsync(() => traffic.Disconnected > 0, "the killed node's clients notice", TimeSpan.FromSeconds(30));
        return killed.Elapsed;
    }

    /// <summary>A fast shutdown of the postmaster; the cluster's <c>dakarcafe postgres</c> starts it again. Ends when it accepts connections.</summary>
    private static async Task<TimeSpan> RestartPostgresAsync(ClusterProcess cluster)
    {
        var down = Stopwatch.StartNew();
        await Processes.SignalAndWaitForExitAsync(cluster.PostgresProcessId, "INT", CancellationToken.None);
        await Deadlines.UntilAsync(async () => await AcceptsAsync(cluster.ConnectionString), "PostgreSQL accepts connections again", TimeSpan.FromMinutes(1));
        return down.Elapsed;
    }

    private static async Task<bool> AcceptsAsync(string connectionString)
    {
        try
        {
            await using var connection = new NpgsqlConnection(connectionString + ";Pooling=false;Timeout=2");
            await connection.OpenAsync();
            return true;
        }
        catch (NpgsqlException)
        {
            return false;
        }
    }

    private static async Task<TimeSpan> TerminateListenerAsync(ClusterProcess cluster)
    {
        await using var connection = new NpgsqlConnection(cluster.ConnectionString);
        await connection.OpenAsync();
        await using var terminate = new NpgsqlCommand(
            "select count(pg_terminate_backend(pid)) from (select pid from pg_stat_activity where query ilike 'listen %' limit 1) one", connection);
        var terminated = (long)(await terminate.ExecuteScalarAsync())!;
        if (terminated != 1)
        {
            throw new InvalidOperationException("No LISTEN connection found to terminate.");
        }

        return TimeSpan.Zero;
    }

    /// <summary>
    /// A raw client through the proxy follows the product and the first hundred products, then reads nothing for 20 s
    /// while the price keeps changing (about 80 changes); the nodes' memory is reported before and after the stall, and
    /// what the client reads in the 5 s after it: coalesced, it is a few transitions, not one per change.
    /// </summary>
    private static async Task<TimeSpan> SlowConsumerAsync(ClusterProcess cluster, ClusterTraffic traffic, Report report)
    {
        var probes = new ClusterProbes(cluster);
        var before = probes.Memory();
        using var slow = await SlowSocketClient.ConnectAsync(cluster.Address, Deadlines.Within());
        await slow.InvokeAsync(SyncHubMethods.Connect, new ConnectRequest("slow-consumer", 0), Deadlines.Within());
        await slow.InvokeAsync(SyncHubMethods.ModifyQuerySet, new QuerySetModification(
            [new QueryChange(QueryChangeKind.Add, 1, "products:getProduct", $$"""{"id":"{{traffic.Product}}"}"""),
             new QueryChange(QueryChangeKind.Add, 2, "products:getProducts", """{"limit":100}""")]), Deadlines.Within());
        var priceBefore = traffic.LastAnsweredPrice;
        var stalled = Stopwatch.StartNew();
        await Task.Delay(TimeSpan.FromSeconds(20));
        var stall = stalled.Elapsed;
        var during = probes.Memory();
        var changes = traffic.LastAnsweredPrice - priceBefore;
        var transitions = 0;
        using var reading = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        try
        {
            while (true)
            {
                await slow.NextTransitionAsync(reading.Token);
                transitions++;
            }
        }
        catch (OperationCanceledException)
        {
            // The 5 s of reading are over.
        }

        report.Say($"<!-- slow consumer: nodes' memory (RSS MB) before {before}, after 20 s unread {during}; {changes} price changes during the stall; " +
            $"it then read {transitions} transitions in 5 s (about 20 new changes came meanwhile) -->");
        return stall;
    }

    /// <summary>Each node in turn gets SIGTERM (a clean stop); the cluster starts it again; the next waits until it serves.</summary>
    private static async Task<TimeSpan> RollingRestartAsync(ClusterProcess cluster)
    {
        var rolling = Stopwatch.StartNew();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        for (var node = 1; node <= cluster.Nodes; node++)
        {
            var old = cluster.NodeProcessId(node) ?? throw new InvalidOperationException($"Node {node} is not running.");
            await Processes.SignalAndWaitForExitAsync(old, "TERM", CancellationToken.None);
            var health = new Uri(cluster.NodeAddress(node), "/health");
            var number = node;
            await Deadlines.UntilAsync(async () => cluster.NodeProcessId(number) is { } pid && pid != old && await HealthyAsync(http, health),
                $"node {node} serving again", TimeSpan.FromMinutes(2));
        }

        return rolling.Elapsed;
    }

    private static async Task<bool> HealthyAsync(HttpClient http, Uri health)
    {
        try
        {
            using var response = await http.GetAsync(health);
            return response.IsSuccessStatusCode;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return false;
        }
    }

    private static string Seconds(TimeSpan span) => string.Create(CultureInfo.InvariantCulture, $"{span.TotalSeconds:0.00} s");
}
