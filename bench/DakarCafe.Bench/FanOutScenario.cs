using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using DakarCafe.Client;

namespace DakarCafe.Bench;

/// <summary>
/// S1 fan-out: one product, N subscribers (each its own raw websocket connection, see <see cref="RawReader"/>) and one
/// SDK subscriber as a cross-check, sequential price updates through a mutation, each waiting until every subscriber
/// has the new price. Delivery latency runs from just before the mutation call to the message's arrival (the SDK's
/// change event for the cross-check). Reported beside the two floors and as ratios to them.
/// </summary>
internal static class FanOutScenario
{
    public static Task RunAsync(int[] subscriberCounts, int updates) => BenchFolder.RunInAsync(folder => RunAsync(folder, subscriberCounts, updates));

    private static async Task RunAsync(string folder, int[] subscriberCounts, int updates)
    {
        var report = new Report("s1-fan-out");
        var Say = report.Say;

        await using var postgres = await Floors.StartPostgresAsync(folder);
        var port = FreePort();
        using var server = StartServer(postgres.ConnectionString, port);
        var url = new Uri($"http://127.0.0.1:{port}");
        using var http = new HttpClient { BaseAddress = url };

        Say($"# S1 fan-out — {TimeProvider.System.GetUtcNow():yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, {updates} updates per N");
        Say($"noise before: {ProcessProbe.Noise()}");
        var notifyFloor = await Floors.CommitNotifyAsync(postgres.ConnectionString, 200);
        Say($"floor commit+NOTIFY → listener: {notifyFloor.Summary}");

        var productId = Guid.NewGuid();
        await using var writer = await ConnectAsync(url);
        await writer.MutateAsync<long>("products:setPrice", new BenchPrice(productId, 1_000));
        var payloadBytes = 96 + JsonSerializer.SerializeToUtf8Bytes(
            await writer.QueryAsync<JsonElement>("products:get", new BenchProductId(productId))).Length;

        foreach (var n in subscriberCounts)
        {
            var price = 1_000L + n;
            await writer.MutateAsync<long>("products:setPrice", new BenchPrice(productId, price));
            await using var readers = await FanOutReaders.SubscribeAsync(url, n, productId, price);
            await using var sdk = await ConnectAsync(url);
            var sdkSubscription = await sdk.SubscribeAsync<BenchProduct?>("products:get", new BenchProductId(productId));
            await sdkSubscription.WaitForAsync(p => p?.Price == price);
            var sdkLatencies = new Latencies();
            long sdkStarted = 0;
            long sdkExpected = 0;
            var sdkDelivered = new SemaphoreSlim(0);
            sdkSubscription.Changed += s =>
            {
                if (s.Value?.Price == Interlocked.Read(ref sdkExpected))
                {
                    sdkLatencies.Add(Stopwatch.GetElapsedTime(Interlocked.Read(ref sdkStarted)).TotalMilliseconds);
                    sdkDelivered.Release();
                }
            };

            for (var warm = 0; warm < 5; warm++)
            {
                await UpdateAsync(2_000_000 + (n * 10) + warm);
            }

            readers.ResetLatencies();
            sdkLatencies = new Latencies();
            var executionsBefore = await http.GetFromJsonAsync<long>("/bench/executions");
            var cpuBefore = ProcessProbe.CpuSeconds(server.Id);
            var total = Stopwatch.StartNew();
            for (var u = 0; u < updates; u++)
            {
                await UpdateAsync(10_000_000 + (n * 10_000) + u);
            }

            total.Stop();
            var cpu = ProcessProbe.CpuSeconds(server.Id) - cpuBefore;
            var executions = await http.GetFromJsonAsync<long>("/bench/executions") - executionsBefore;
            var latencies = readers.Latencies;
            var rate = n * (double)updates / total.Elapsed.TotalSeconds;
            var (floorLatencies, floorRate) = await Floors.BroadcastAsync(url, n, updates, payloadBytes);

            Say("");
            Say($"## N = {n}");
            Say($"S1 delivery to {n} raw websocket subscribers: {latencies.Summary}; {rate:0} deliveries/s; {executions / (double)updates:0.00} executions per update; " +
                $"server CPU {cpu:0.00} s ({cpu * 1000 / updates:0.0} ms per update); server peak memory {ProcessProbe.PeakMemoryMb(server.Id):0} MB");
            Say($"cross-check, one SDK subscriber beside them: {sdkLatencies.Summary}");
            Say($"floor SignalR broadcast ({payloadBytes} B) to {n} raw websocket readers: {floorLatencies.Summary}; {floorRate:0} deliveries/s");
            Say(string.Create(CultureInfo.InvariantCulture,
                $"ratios: p50 {latencies.Percentile(50) / floorLatencies.Percentile(50):0.0}× broadcast, {latencies.Percentile(50) / notifyFloor.Percentile(50):0.0}× commit+NOTIFY; " +
                $"p99 {latencies.Percentile(99) / floorLatencies.Percentile(99):0.0}× broadcast; deliveries/s {rate / floorRate:0.00}× broadcast"));

            async Task UpdateAsync(long next)
            {
                readers.Expect(next, n);
                Interlocked.Exchange(ref sdkExpected, next);
                Interlocked.Exchange(ref sdkStarted, Stopwatch.GetTimestamp());
                await writer.MutateAsync<long>("products:setPrice", new BenchPrice(productId, next));
                await readers.WaitAsync(next);
                if (!await sdkDelivered.WaitAsync(TimeSpan.FromSeconds(30)))
                {
                    throw new TimeoutException($"The SDK subscriber did not see price {next} within 30 s.");
                }
            }
        }

        Say("");
        Say($"noise after: {ProcessProbe.Noise()}");
        await report.WriteAsync();
        server.Kill();
        await server.WaitForExitAsync();
    }

    private static async Task<DakarCafeClient> ConnectAsync(Uri url)
    {
        var client = new DakarCafeClient(new DakarCafeClientOptions { ServerUrl = url });
        await client.ConnectAsync();
        return client;
    }

    public static Process StartServer(string connectionString, int port)
    {
        var self = typeof(FanOutScenario).Assembly.Location;
        var server = Process.Start(new ProcessStartInfo("dotnet", [self, "serve", connectionString, port.ToString(CultureInfo.InvariantCulture)])
        {
            RedirectStandardOutput = true,
        })!;
        var ready = server.StandardOutput.ReadLine();
        return ready == "bench server listening" ? server : throw new InvalidOperationException("The bench server did not start: " + ready);
    }

    public static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
