using DakarCafe.Engine.TestNode.Domain;
using DakarCafe.Fixtures;

namespace DakarCafe.Engine.Tests.Reactivity;

public sealed class SharedNodeTests(PostgresServer postgres) : EngineTest(postgres)
{
    [Fact]
    public async Task One_change_watched_by_100_clients_runs_the_query_once_and_pushes_100_times()
    {
        var writer = await ConnectAsync();
        var watched = Guid.NewGuid();
        var other = Guid.NewGuid();
        await writer.MutateAsync<Guid>("items:create", new NewItem(watched, "machines", "Essenza", 89_000), Within());
        await writer.MutateAsync<Guid>("items:create", new NewItem(other, "machines", "Pixie", 120_000), Within());
        var clients = await Task.WhenAll(Enumerable.Range(0, 100).Select(_ => ConnectAsync()));
        var subscriptions = await Task.WhenAll(clients.Select(c => c.SubscribeAsync<Item?>("items:get", new ItemId(watched), Within())));
        await Task.WhenAll(subscriptions.Select(s => s.WaitForAsync(i => i?.Price == 89_000, Within())));
        var (executions, pushes) = (Host.Metrics.QueryExecutions, Host.Metrics.Pushes);

        await writer.MutateAsync<long>("items:setPrice", new PriceChange(watched, 79_000), Within());
        await Task.WhenAll(subscriptions.Select(s => s.WaitForAsync(i => i?.Price == 79_000, Within())));

        (Host.Metrics.QueryExecutions - executions).Should().Be(1);
        (Host.Metrics.Pushes - pushes).Should().Be(100);

        (executions, pushes) = (Host.Metrics.QueryExecutions, Host.Metrics.Pushes);
        await writer.MutateAsync<long>("items:setPrice", new PriceChange(other, 99_000), Within());

        (Host.Metrics.QueryExecutions - executions).Should().Be(0);
        (Host.Metrics.Pushes - pushes).Should().Be(0);
    }
}
