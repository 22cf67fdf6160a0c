using System.Diagnostics;
using System.Globalization;
using DakarCafe.Client;
using DakarCafe.Engine.LocalPostgres;
using DakarCafe.Schema;
using DakarCafe.Schema.Cart;
using DakarCafe.Schema.Products;

namespace DakarCafe.Bench;

/// <summary>
/// S2 cart sync (signed-in users with two devices each, mutations on one, waiting for the other) and S3 write
/// throughput (price updates through the mutation path, several in flight, no subscribers), against the real server.
/// </summary>
internal static class ShopScenarios
{
    public static Task RunAsync(int users, int mutationsPerUser, int updates, int inFlight) =>
        BenchFolder.RunInAsync(folder => RunAsync(folder, users, mutationsPerUser, updates, inFlight));

    private static async Task RunAsync(string folder, int users, int mutationsPerUser, int updates, int inFlight)
    {
        var report = new Report("s2-s3-shop");
        await using var postgres = await Floors.StartPostgresAsync(folder);
        using var server = await ShopServer.StartAsync(postgres.ConnectionString, folder);
        report.Say($"# S2 cart sync and S3 write throughput — {TimeProvider.System.GetUtcNow():yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores");
        report.Say($"noise before: {ProcessProbe.Noise()}");
        var notifyFloor = await Floors.CommitNotifyAsync(postgres.ConnectionString, 200);
        report.Say($"floor commit+NOTIFY → listener: {notifyFloor.Summary}");
        var writeFloor = await Floors.ConcurrentWritesAsync(postgres.ConnectionString, inFlight, 4_000);
        report.Say(string.Create(CultureInfo.InvariantCulture,
            $"write floor: {inFlight} connections, each BEGIN; UPDATE a product-sized document; INSERT a log row; NOTIFY; COMMIT: {writeFloor:0} commits/s"));

        var adminToken = await server.SignInAsync("admin@bench.sn", postgres.ConnectionString, admin: true);
        await using var admin = await server.ConnectAsync(adminToken);
        var products = new List<Guid>();
        for (var i = 0; i < 100; i++)
        {
            products.Add(await admin.MutateAsync<Guid>("products:create", Product(i)));
        }

        if (users > 0)
        {
            await CartSyncAsync(server, postgres, products, users, mutationsPerUser, report);
        }

        await WriteThroughputAsync(server, postgres, adminToken, products, updates, inFlight, writeFloor, report);
        report.Say($"noise after: {ProcessProbe.Noise()}");
        await report.WriteAsync();
    }

    private static async Task CartSyncAsync(ShopServer server, LocalPostgresCluster postgres, List<Guid> products, int users, int mutations, Report report)
    {
        var devices = new List<(DakarCafeClient A, QuerySubscription<CartView> B)>();
        for (var u = 0; u < users; u++)
        {
            var token = await server.SignInAsync($"shopper{u}@bench.sn", postgres.ConnectionString);
            var a = await server.ConnectAsync(token);
            var b = await server.ConnectAsync(token);
            var cart = await b.SubscribeAsync<CartView>("cart:getCart", new NoArgs());
            await cart.WaitForAsync(_ => true);
            devices.Add((a, cart));
        }

        var latencies = new Latencies();
        var cpuBefore = ProcessProbe.CpuSeconds(server.ProcessId);
        var postgresCpuBefore = ProcessProbe.TreeCpuSeconds(postgres.ServerProcessId!.Value);
        var total = Stopwatch.StartNew();
        await Task.WhenAll(devices.Select((device, u) => Task.Run(async () =>
        {
            for (var m = 1; m <= mutations; m++)
            {
                var started = Stopwatch.GetTimestamp();
                await device.A.MutateAsync<CartView>("cart:addToCart", new CartItemArgs(products[(u + m) % products.Count], 1));
                await device.B.WaitForAsync(c => c.ItemCount == m);
                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        })));
        total.Stop();
        var rate = users * mutations / total.Elapsed.TotalSeconds;
        report.Say("");
        report.Say($"## S2 cart sync: {users} users × 2 devices, {mutations} sequential cart mutations each, all users at once");
        report.Say(string.Create(CultureInfo.InvariantCulture,
            $"A→B (mutation call → other device shows it): {latencies.Summary}; {rate:0} mutations/s in total; {server.CpuAndMemory(cpuBefore)}; " +
            $"PostgreSQL CPU {PostgresCpuMs(postgres, postgresCpuBefore, users * mutations):0.00} ms per mutation"));
        foreach (var (a, b) in devices)
        {
            await b.DisposeAsync();
            await a.DisposeAsync();
        }
    }

    private static async Task WriteThroughputAsync(ShopServer server, LocalPostgresCluster postgres, string adminToken, List<Guid> products, int updates,
        int inFlight, double floor, Report report)
    {
        // A connection runs its mutations one at a time, in order: in-flight mutations need connections of their own.
        var writers = await Task.WhenAll(Enumerable.Range(0, inFlight).Select(_ => server.ConnectAsync(adminToken)));
        var latencies = new Latencies();
        var next = -1;
        await StatementStatistics.ResetAsync(postgres.ConnectionString);
        var cpuBefore = ProcessProbe.CpuSeconds(server.ProcessId);
        var postgresCpuBefore = ProcessProbe.TreeCpuSeconds(postgres.ServerProcessId!.Value);
        var total = Stopwatch.StartNew();
        await Task.WhenAll(writers.Select(writer => Task.Run(async () =>
        {
            for (var i = Interlocked.Increment(ref next); i < updates; i = Interlocked.Increment(ref next))
            {
                var started = Stopwatch.GetTimestamp();
                await writer.MutateAsync<Product>("products:setPrice", new SetPriceArgs(products[i % products.Count], 1_000 + i));
                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        })));
        total.Stop();
        report.Say("");
        report.Say($"## S3 write throughput: {updates} price updates over {products.Count} products, {inFlight} in flight, no subscribers");
        var rate = updates / total.Elapsed.TotalSeconds;
        var cpu = ProcessProbe.CpuSeconds(server.ProcessId) - cpuBefore;
        report.Say(string.Create(CultureInfo.InvariantCulture,
            $"{rate:0} mutations/s ({rate / floor:P0} of the write floor); per mutation {latencies.Summary}; server CPU {cpu * 1000 / updates:0.00} ms per mutation; " +
            $"PostgreSQL CPU {PostgresCpuMs(postgres, postgresCpuBefore, updates):0.00} ms per mutation; {server.CpuAndMemory(cpuBefore)}"));
        report.Say("");
        report.Say("PostgreSQL's top statements during S3 (pg_stat_statements):");
        report.Say("");
        report.Say(await StatementStatistics.TopAsync(postgres.ConnectionString, 12));
        foreach (var writer in writers)
        {
            await writer.DisposeAsync();
        }
    }

    private static double PostgresCpuMs(LocalPostgresCluster postgres, double before, int mutations) =>
        (ProcessProbe.TreeCpuSeconds(postgres.ServerProcessId!.Value) - before) * 1000 / mutations;

    /// <summary>A bench product with stock for any run.</summary>
    public static ProductInput Product(int i) => new(
        $"Bench capsule {i}", "un café de banc d'essai", "banc d'essai", 3_000 + i, null, ProductCategory.Capsules, "espresso", "Bench", [],
        new ProductSpecifications(null, null, null, null, [], 8), new ProductInventory(1_000_000, 1, IsTracked: true), $"bench-capsule-{i}", []);
}
