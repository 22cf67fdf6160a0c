using DakarCafe.Client;
using DakarCafe.Engine.Functions;
using DakarCafe.Engine.TestNode.Domain;
using DakarCafe.Fixtures;

namespace DakarCafe.Engine.Tests.Functions;

/// <summary>An action's read-only SQL: aggregates over committed documents, and no way to write through it.</summary>
public sealed class ReadOnlySqlTests(PostgresServer postgres) : EngineTest(postgres)
{
    protected override void Configure(EngineBuilder engine)
    {
        base.Configure(engine);
        engine.Functions.Action<CategoryArgs, long>("reports:totalInCategory", AccessRule.Public, async (ctx, args, ct) =>
            (await ctx.Sql.QueryAsync($"select coalesce(sum((data ->> 'Price')::bigint), 0) from {ctx.Sql.TableOf<Item>()} where data ->> 'Category' = $1",
                row => row.GetInt64(0), ct, args.Category))[0]);
        engine.Functions.Action<CategoryArgs, long>("reports:sneakyWrite", AccessRule.Public, async (ctx, args, ct) =>
            (await ctx.Sql.QueryAsync($"update {ctx.Sql.TableOf<Item>()} set data = jsonb_set(data, '{{Price}}', '0') where data ->> 'Category' = $1 returning 1",
                row => (long)row.GetInt32(0), ct, args.Category)).Count);
    }

    [Fact]
    public async Task An_action_aggregates_committed_documents_with_sql()
    {
        var client = await ConnectAsync();
        await client.MutateAsync<Guid>("items:create", new NewItem(Guid.NewGuid(), "capsules", "Kazaar", 4_200), Within());
        await client.MutateAsync<Guid>("items:create", new NewItem(Guid.NewGuid(), "capsules", "Arpeggio", 3_900), Within());
        await client.MutateAsync<Guid>("items:create", new NewItem(Guid.NewGuid(), "machines", "Essenza", 89_000), Within());

        (await client.ActionAsync<long>("reports:totalInCategory", new CategoryArgs("capsules"), Within())).Should().Be(8_100);
        (await client.ActionAsync<long>("reports:totalInCategory", new CategoryArgs("grinders"), Within())).Should().Be(0);
    }

    [Fact]
    public async Task A_statement_that_writes_fails_and_changes_nothing()
    {
        var client = await ConnectAsync();
        await client.MutateAsync<Guid>("items:create", new NewItem(Guid.NewGuid(), "capsules", "Kazaar", 4_200), Within());

        var write = () => client.ActionAsync<long>("reports:sneakyWrite", new CategoryArgs("capsules"), Within());

        (await write.Should().ThrowAsync<DakarCafeException>()).Which.Code.Should().Be("INTERNAL_ERROR", "the read-only transaction refuses the update");
        (await client.QueryAsync<long>("items:totalPrice", new NoArgs(), Within())).Should().Be(4_200);
    }
}
