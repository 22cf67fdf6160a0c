using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using DakarCafe.Client;
using DakarCafe.Schema.Orders;
using DakarCafe.Schema.Products;

namespace DakarCafe.Bench;

/// <summary>
/// Checkout storm: a freshly started server, many signed-in buyers, one <c>orders:createOrder</c> each at once, with
/// stock for all. Reports how long each buyer waited for an answer and which answers came, then checks the database:
/// every success is an order and took its unit, every failure wrote nothing.
/// </summary>
internal static class CheckoutStorm
{
    private static readonly TimeSpan Promise = TimeSpan.FromSeconds(5);

    public static Task RunAsync(int buyers) => BenchFolder.RunInAsync(folder => RunAsync(folder, buyers));

    private static async Task RunAsync(string folder, int buyers)
    {
        var report = new Report("checkout-storm");
        await using var postgres = await Floors.StartPostgresAsync(folder);
        using var server = await ShopServer.StartAsync(postgres.ConnectionString, folder);
        report.Say($"# Checkout storm — {TimeProvider.System.GetUtcNow():yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores");
        report.Say($"noise before: {ProcessProbe.Noise()}");
        await using var admin = await server.ConnectAsync(await server.SignInAsync("admin@bench.sn", postgres.ConnectionString, admin: true));
        var product = await admin.MutateAsync<Guid>("products:create", ShopScenarios.Product(0));
        var stockBefore = (await admin.QueryAsync<Product>("products:getProduct", new GetProductArgs(Id: product))).Inventory.Stock;
        var clients = new List<DakarCafeClient>();
        for (var i = 0; i < buyers; i++)
        {
            clients.Add(await server.ConnectAsync(await server.SignInAsync($"buyer{i}@bench.sn", postgres.ConnectionString)));
        }

        var latencies = new Latencies();
        var answers = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        using var go = new SemaphoreSlim(0);
        var cpuBefore = ProcessProbe.CpuSeconds(server.ProcessId);
        var storm = clients.Select(client => Task.Run(async () =>
        {
            await go.WaitAsync();
            var started = Stopwatch.GetTimestamp();
            string answer;
            try
            {
                await client.MutateAsync<Order>("orders:createOrder", new CreateOrderArgs(
                    new DeliveryAddress("Rue 10", "Dakar", "Dakar", null, "Senegal", "+221 77 123 45 67"), PaymentMethod.CashOnDelivery, [new OrderItemInput(product, 1)]));
                answer = "ok";
            }
            catch (DakarCafeException e)
            {
                answer = e.Code;
            }

            latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            answers.AddOrUpdate(answer, 1, (_, n) => n + 1);
        })).ToList();
        go.Release(buyers);
        await Task.WhenAll(storm);

        var placed = answers.GetValueOrDefault("ok");
        var orders = (await admin.QueryAsync<OrderPage>("orders:listOrders", new ListOrdersArgs(Limit: 1))).Total;
        var stockAfter = (await admin.QueryAsync<Product>("products:getProduct", new GetProductArgs(Id: product))).Inventory.Stock;
        var inTime = latencies.CountAtMost(Promise.TotalMilliseconds);
        report.Say("");
        report.Say($"## {buyers} buyers, one order each at once, stock for all");
        report.Say(string.Create(CultureInfo.InvariantCulture,
            $"answered within {Promise.TotalSeconds:0} s: {inTime} of {buyers}; answer time {latencies.Summary}; {server.CpuAndMemory(cpuBefore)}"));
        report.Say($"answers: {string.Join(", ", answers.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => $"{a.Key} {a.Value}"))}");
        report.Say($"database: {orders} orders for {placed} successes; stock taken {stockBefore - stockAfter} for {placed} successes " +
            (orders == placed && stockBefore - stockAfter == placed ? "(every success is an order, every failure wrote nothing)" : "(MISMATCH)"));
        report.Say($"noise after: {ProcessProbe.Noise()}");
        await report.WriteAsync();
        foreach (var client in clients)
        {
            await client.DisposeAsync();
        }
    }
}
