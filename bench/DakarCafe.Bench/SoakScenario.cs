using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using DakarCafe.Client;
using DakarCafe.Client.Auth;
using DakarCafe.Fixtures;
using DakarCafe.Schema;
using DakarCafe.Schema.Products;
using Npgsql;

namespace DakarCafe.Bench;

/// <summary>
/// The soak: <c>scripts/cluster N</c>, thousands of raw websocket readers spread over its nodes each following three of
/// the shop's products live (<see cref="SoakReaders"/>), and an admin setting one product's price at a steady rate,
/// for minutes. Every window reports the pushes' latency from the write's sending, each node's memory, and the CPU of
/// the nodes, PostgreSQL, nginx and the load generator; at the end, every reader must hold every stored price.
/// </summary>
internal static class SoakScenario
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan ConvergeBound = TimeSpan.FromMinutes(1);

    public static Task RunAsync(int nodes, int connections, int products, int writesPerSecond, TimeSpan duration) =>
        BenchFolder.RunInAsync(folder => RunAsync(folder, nodes, connections, products, writesPerSecond, duration));

    private static async Task RunAsync(string folder, int nodes, int connections, int products, int writesPerSecond, TimeSpan duration)
    {
        var report = new Report($"soak-{nodes}-node");
        var say = report.Say;
        say($"# Soak — {TimeProvider.System.GetUtcNow():yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, load generator on the same machine");
        say($"noise before: {ProcessProbe.Noise()}");
        // Every reader connects from 127.0.0.1 (one anonymous caller to the rate limits), where real shoppers come from many addresses.
        await using var cluster = await ClusterProcess.StartAsync(nodes, folder, TimeSpan.FromMinutes(5),
            new Dictionary<string, string> { ["Engine__Limits__SubscriptionsPerSecond"] = "1000000", ["Engine__Limits__SubscriptionBurst"] = "1000000" });
        await using var admin = await ClusterClient.ConnectAsync(cluster.Address, new PasswordSignIn(cluster.Address, "admin@dakarcafe.sn", "Admin-Teranga-2026"));
        var ids = new List<Guid>();
        for (var i = 0; i < products; i++)
        {
            ids.Add(await admin.Client.MutateAsync(Api.Products.Create, ShopScenarios.Product(i)));
        }

        var productBytes = JsonSerializer.SerializeToUtf8Bytes(await admin.Client.QueryAsync(Api.Products.GetProduct, new GetProductArgs(Id: ids[0]))).Length;
        var followers = connections * SoakReaders.ProductsPerReader / products;
        var notifyFloor = await Floors.CommitNotifyAsync(cluster.ConnectionString, 200);
        var broadcastFloor = await BroadcastFloorAsync(cluster.ConnectionString, followers, productBytes + 96);
        say($"`scripts/cluster {nodes}`; {connections} raw websocket readers spread evenly over the nodes (not through nginx: a proxy holds two descriptors per client, and this machine's hard limit on open files, 20,000, stops one nginx short of 10,000 clients), each following {SoakReaders.ProductsPerReader} of {products} products " +
            $"(`products:getProduct`, {productBytes} B of JSON; about {followers} readers per product); an admin (SDK) setting one product's price " +
            $"{writesPerSecond} times a second, round robin, for {duration.TotalMinutes:0.#} min.");
        say($"floor commit+NOTIFY → listener: {notifyFloor.Summary}");
        say($"floor SignalR broadcast ({productBytes + 96} B) to {followers} raw readers: {broadcastFloor.Summary}");

        await using var readers = new SoakReaders();
        var writes = new SoakWrites(admin.Client, ids, readers);
        for (var i = 0; i < products; i++)
        {
            await writes.SetNextAsync();
        }

        var probes = new ClusterProbes(cluster);
        var connecting = Stopwatch.StartNew();
        await readers.ConnectAsync([.. Enumerable.Range(1, nodes).Select(cluster.NodeAddress)], connections, ids, parallel: 32);
        await Deadlines.UntilAsync(() => readers.AllHold(writes.LastSent), "every reader holding its products' prices", TimeSpan.FromMinutes(5));
        say($"{connections} readers connected and holding their {connections * SoakReaders.ProductsPerReader} live queries' first values after {connecting.Elapsed.TotalSeconds:0.0} s; " +
            $"node memory then: {probes.Memory()}; sync connections per node: {await probes.ConnectionsAsync()}");
        say("");
        say("| minute | writes/s | pushes/s | push p50 | push p99 | push max | node RSS MB | nodes CPU % | PostgreSQL CPU % | nginx CPU % | load generator CPU % | readers closed |");
        say("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");

        readers.TimeFromNow();
        probes.Reset();
        var all = new Latencies();
        var soaking = Stopwatch.StartNew();
        var writing = writes.RunAsync(writesPerSecond, duration);
        while (soaking.Elapsed < duration)
        {
            await Task.Delay(Window);
            var window = readers.TakeWindow();
            all.AddAll(window);
            var (nodesCpu, postgresCpu, nginxCpu, generatorCpu, seconds) = probes.TakeCpu();
            say(string.Create(CultureInfo.InvariantCulture,
                $"| {soaking.Elapsed.TotalMinutes:0.0} | {writes.TakeSent() / seconds:0.0} | {window.Count / seconds:0} | {window.Percentile(50):0.0} ms | {window.Percentile(99):0.0} ms | {window.Max:0} ms | " +
                $"{probes.Memory()} | {nodesCpu:0} | {postgresCpu:0} | {nginxCpu:0} | {generatorCpu:0} | {readers.Closed} |"));
        }

        await writing;
        var stored = new long[products];
        for (var i = 0; i < products; i++)
        {
            stored[i] = (await admin.Client.QueryAsync(Api.Products.GetProduct, new GetProductArgs(Id: ids[i]))).Price;
        }

        var converging = Stopwatch.StartNew();
        var converged = await Deadlines.HoldsWithinAsync(() => readers.AllHold(p => stored[p]), ConvergeBound);
        all.AddAll(readers.TakeWindow());
        say("");
        say($"writes: {writes.Summary}");
        say(converged
            ? $"after the last write, every reader held every stored price within {converging.Elapsed.TotalSeconds:0.00} s"
            : $"NOT converged within {ConvergeBound.TotalSeconds:0} s: {readers.Behind(p => stored[p])} readers behind");
        say($"pushes timed: {all.Count} ({writes.ExpectedDeliveries(readers.FollowersPerProduct)} expected, one per follower of each write); {all.Summary}");
        say(string.Create(CultureInfo.InvariantCulture,
            $"ratios: push p50 {all.Percentile(50) / broadcastFloor.Percentile(50):0.0}× broadcast floor, {all.Percentile(50) / notifyFloor.Percentile(50):0.0}× commit+NOTIFY; " +
            $"p99 {all.Percentile(99) / broadcastFloor.Percentile(99):0.0}× broadcast floor"));
        say($"node CPU over the soak: {probes.TotalNodeCpuSeconds:0} s, {probes.TotalNodeCpuSeconds * 1000 / Math.Max(1, all.Count):0.00} ms per push; node peak memory {probes.PeakMemory()}");
        say($"noise after: {ProcessProbe.Noise()}");
        await report.WriteAsync();
    }

    /// <summary>The broadcast floor for one write's fan-out: a bench server (bare SignalR hub) on its own database of the cluster's PostgreSQL.</summary>
    private static async Task<Latencies> BroadcastFloorAsync(string connectionString, int readers, int payloadBytes)
    {
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand("create database bench_floor", connection);
            await create.ExecuteNonQueryAsync();
        }

        var port = FanOutScenario.FreePort();
        using var server = FanOutScenario.StartServer(new NpgsqlConnectionStringBuilder(connectionString) { Database = "bench_floor" }.ConnectionString, port);
        try
        {
            return (await Floors.BroadcastAsync(new Uri($"http://127.0.0.1:{port}"), readers, 100, payloadBytes)).Latencies;
        }
        finally
        {
            server.Kill();
            await server.WaitForExitAsync();
        }
    }

    /// <summary>The admin's price writes: product i gets the next unique price, round robin, so one product's writes never overlap.</summary>
    private sealed class SoakWrites(DakarCafeClient admin, IReadOnlyList<Guid> products, SoakReaders readers)
    {
        private readonly long[] _lastSent = new long[products.Count];
        private readonly MutationTally _tally = new();
        private readonly List<int> _timedProducts = [];
        private long _sequence;
        private long _sent;

        public string Summary => $"{_timedProducts.Count} sent at a steady rate, answered in {_tally.Answers.Summary}; failures: {_tally.Failures}";

        public long LastSent(int product) => Volatile.Read(ref _lastSent[product]);

        public long TakeSent() => Interlocked.Exchange(ref _sent, 0);

        public long ExpectedDeliveries(int[] followers) => _timedProducts.Sum(p => (long)followers[p]);

        public async Task SetNextAsync()
        {
            var sequence = Interlocked.Increment(ref _sequence);
            var product = (int)((sequence - 1) % products.Count);
            var write = new SoakReaders.Write(product, SoakReaders.PriceBase + sequence, Stopwatch.GetTimestamp());
            readers.Sent(write);
            Volatile.Write(ref _lastSent[product], write.Price);
            await admin.MutateAsync(Api.Products.SetPrice, new SetPriceArgs(products[product], write.Price));
        }

        /// <summary>Sends at <paramref name="perSecond"/> without waiting for answers (at most 64 in flight), for <paramref name="duration"/>.</summary>
        public async Task RunAsync(int perSecond, TimeSpan duration)
        {
            using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1.0 / perSecond));
            using var inFlight = new SemaphoreSlim(64);
            var running = new List<Task>();
            var total = Stopwatch.StartNew();
            while (total.Elapsed < duration && await timer.WaitForNextTickAsync())
            {
                await inFlight.WaitAsync();
                _timedProducts.Add((int)(Interlocked.Read(ref _sequence) % products.Count));
                Interlocked.Increment(ref _sent);
                running.Add(TimedAsync());
            }

            await Task.WhenAll(running);

            async Task TimedAsync()
            {
                try
                {
                    await _tally.TimeAsync(SetNextAsync);
                }
                finally
                {
                    inFlight.Release();
                }
            }
        }
    }
}
