using DakarCafe.Engine.TestNode.Domain;
using DakarCafe.Fixtures;

namespace DakarCafe.Engine.Tests.Invariants;

public sealed class I4_convergence_tests(PostgresServer postgres) : EngineTest(postgres)
{
    [Fact]
    public async Task Once_writes_stop_every_subscription_equals_a_fresh_run()
    {
        var categories = new[] { "capsules", "machines", "accessories" };
        var items = Enumerable.Range(0, 9).Select(i => new NewItem(Guid.NewGuid(), categories[i % 3], $"item {i}", 1000 + i)).ToArray();
        var setup = await ConnectAsync();
        foreach (var item in items)
        {
            await setup.MutateAsync<Guid>("items:create", item, Within());
        }

        var clients = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => ConnectAsync()));
        var subscriptions = new List<(Func<Task<string>> Fresh, Func<string> Held)>();
        foreach (var client in clients)
        {
            foreach (var category in categories)
            {
                var sub = await client.SubscribeAsync<List<Item>>("items:inCategory", new CategoryArgs(category), Within());
                subscriptions.Add((async () => Json(await client.QueryAsync<List<Item>>("items:inCategory", new CategoryArgs(category), Within())), () => Json(sub.Value)));
            }

            var total = await client.SubscribeAsync<long>("items:totalPrice", new NoArgs(), Within());
            subscriptions.Add((async () => Json(await client.QueryAsync<long>("items:totalPrice", new NoArgs(), Within())), () => Json(total.Value)));
        }

        await Task.WhenAll(clients.Select((client, n) => Task.Run(async () =>
        {
            var random = new Random(n);
            for (var i = 0; i < 25; i++)
            {
                var item = items[random.Next(items.Length)];
                _ = random.Next(2) == 0
                    ? await client.MutateAsync<long>("items:setPrice", new PriceChange(item.Id, random.Next(100, 100_000)), Within())
                    : await client.MutateAsync<long>("items:move", new CategoryChange(item.Id, categories[random.Next(3)]), Within());
            }
        })));
        foreach (var client in clients)
        {
            // Each client's own last write is the newest commit it can know of: after it, its store holds everything before.
            await client.MutateAsync<long>("counters:increment", new CounterId("quiet"), Within());
        }

        foreach (var (fresh, held) in subscriptions)
        {
            held().Should().Be(await fresh());
        }
    }

    private static string Json<T>(T value) => System.Text.Json.JsonSerializer.Serialize(value);
}
