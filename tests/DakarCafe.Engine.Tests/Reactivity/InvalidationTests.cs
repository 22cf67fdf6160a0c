using DakarCafe.Engine.TestNode.Domain;
using DakarCafe.Fixtures;
using Npgsql;

namespace DakarCafe.Engine.Tests.Reactivity;

public sealed class InvalidationTests(PostgresServer postgres) : EngineTest(postgres)
{
    [Fact]
    public async Task A_query_over_one_category_ignores_changes_in_another_and_follows_moves_in_and_out()
    {
        var client = await ConnectAsync();
        var capsule = Guid.NewGuid();
        var machine = Guid.NewGuid();
        await client.MutateAsync<Guid>("items:create", new NewItem(capsule, "capsules", "Arpeggio", 3_900), Within());
        await client.MutateAsync<Guid>("items:create", new NewItem(machine, "machines", "Vertuo", 150_000), Within());
        var capsules = await client.SubscribeAsync<List<Item>>("items:inCategory", new CategoryArgs("capsules"), Within());
        await capsules.WaitForAsync(list => list.Count == 1, Within());

        var executions = Host.Metrics.QueryExecutions;
        await client.MutateAsync<long>("items:setPrice", new PriceChange(machine, 140_000), Within());
        (Host.Metrics.QueryExecutions - executions).Should().Be(0, "a machine's price cannot change the capsules");

        await client.MutateAsync<long>("items:setPrice", new PriceChange(capsule, 4_100), Within());
        (Host.Metrics.QueryExecutions - executions).Should().Be(1);
        capsules.Value!.Single().Price.Should().Be(4_100);

        await client.MutateAsync<long>("items:move", new CategoryChange(machine, "capsules"), Within());
        capsules.Value!.Select(i => i.Id).Should().BeEquivalentTo([capsule, machine], "a product moved into the category appears");

        await client.MutateAsync<long>("items:move", new CategoryChange(capsule, "accessories"), Within());
        capsules.Value!.Select(i => i.Id).Should().Equal(machine);
    }

    [Fact]
    public async Task A_range_filter_is_rechecked_in_memory_so_prices_outside_it_do_not_rerun_the_query()
    {
        var client = await ConnectAsync();
        var cheap = Guid.NewGuid();
        var dear = Guid.NewGuid();
        await client.MutateAsync<Guid>("items:create", new NewItem(cheap, "capsules", "Volluto", 3_000), Within());
        await client.MutateAsync<Guid>("items:create", new NewItem(dear, "capsules", "Kazaar", 9_000), Within());
        var search = await client.SubscribeAsync<List<Item>>("items:search", new SearchArgs("capsules", new PriceRange(1_000, 5_000)), Within());
        await search.WaitForAsync(list => list.Count == 1, Within());
        var executions = Host.Metrics.QueryExecutions;

        await client.MutateAsync<long>("items:setPrice", new PriceChange(dear, 9_500), Within());
        (Host.Metrics.QueryExecutions - executions).Should().Be(0, "9 000 → 9 500 stays outside 1 000–5 000");

        await client.MutateAsync<long>("items:setPrice", new PriceChange(dear, 4_500), Within());
        search.Value!.Select(i => i.Name).Should().Equal("Volluto", "Kazaar");
    }

    [Fact]
    public async Task Range_filters_without_an_equality_follow_prices_across_their_bounds_and_ignore_the_others()
    {
        var client = await ConnectAsync();
        var item = Guid.NewGuid();
        await client.MutateAsync<Guid>("items:create", new NewItem(item, "capsules", "Ristretto", 3_000), Within());
        var between = await client.SubscribeAsync<List<Item>>("items:inPriceRange", new PriceRange(2_000, 4_000), Within());
        var cheaper = await client.SubscribeAsync<List<Item>>("items:cheaperThan", new PriceLimit(5_000), Within());
        var dearer = await client.SubscribeAsync<List<Item>>("items:dearerThan", new PriceLimit(3_500), Within());
        await between.WaitForAsync(list => list.Count == 1, Within());
        await cheaper.WaitForAsync(list => list.Count == 1, Within());
        await dearer.WaitForAsync(list => list.Count == 0, Within());

        await client.MutateAsync<long>("items:setPrice", new PriceChange(item, 4_000), Within());
        Prices(between).Should().Equal([4_000], "4 000 is on the inclusive upper bound of 2 000–4 000");
        Prices(cheaper).Should().Equal([4_000]);
        Prices(dearer).Should().Equal([4_000], "3 500 < 4 000: the bound is on the comparison's left");

        await client.MutateAsync<long>("items:setPrice", new PriceChange(item, 5_000), Within());
        Prices(between).Should().BeEmpty("the old price was in the range, the new one is not");
        Prices(cheaper).Should().BeEmpty("< 5 000 is strict");
        Prices(dearer).Should().Equal([5_000]);

        var executions = Host.Metrics.QueryExecutions;
        await client.MutateAsync<long>("items:setPrice", new PriceChange(item, 6_000), Within());
        (Host.Metrics.QueryExecutions - executions).Should().Be(1, "5 000 → 6 000 concerns only the prices above 3 500");
        Prices(dearer).Should().Equal([6_000]);

        await client.MutateAsync<long>("items:setPrice", new PriceChange(item, 1_000), Within());
        Prices(between).Should().BeEmpty();
        Prices(cheaper).Should().Equal([1_000], "a price that jumps over a whole range lands in the one below");
        Prices(dearer).Should().BeEmpty();

        static IEnumerable<long> Prices(DakarCafe.Client.QuerySubscription<List<Item>> query) => query.Value!.Select(i => i.Price);
    }

    [Fact]
    public async Task A_write_made_with_raw_SQL_outside_the_engine_is_pushed()
    {
        var client = await ConnectAsync();
        await client.MutateAsync<long>("counters:increment", new CounterId("raw"), Within());
        var counter = await client.SubscribeAsync<Counter?>("counters:get", new CounterId("raw"), Within());
        await counter.WaitForAsync(c => c?.Value == 1, Within());

        await using (var connection = new NpgsqlConnection(ConnectionString))
        {
            await connection.OpenAsync(Within());
            await using var update = new NpgsqlCommand(
                "update public.mt_doc_counter set data = jsonb_set(data, '{Value}', '41') where id = 'raw'", connection);
            (await update.ExecuteNonQueryAsync(Within())).Should().Be(1);
        }

        (await counter.WaitForAsync(c => c?.Value == 41, Within()))!.Value.Should().Be(41);
    }
}
