using System.Text;
using System.Text.Json.Nodes;
using DakarCafe.Engine.TestNode.Domain;
using DakarCafe.Fixtures;
using DakarCafe.Protocol;

namespace DakarCafe.Engine.Tests.Sync;

public sealed class TransitionMessageTests(PostgresServer postgres) : EngineTest(postgres)
{
    [Fact]
    public async Task A_changed_list_is_sent_as_a_keyed_patch_smaller_than_the_list_that_rebuilds_it()
    {
        var client = await ConnectAsync();
        var ids = new List<Guid>();
        for (var i = 0; i < 20; i++)
        {
            ids.Add(await client.MutateAsync<Guid>("items:create", new NewItem(Guid.NewGuid(), "capsules", $"capsule {i:00}", 3_000 + i), Within()));
        }

        await using var raw = await RawSyncConnection.ConnectAsync(Host.BaseAddress, "patch");
        await raw.SubscribeAsync(1, "items:inCategory", new CategoryArgs("capsules"));
        var initial = await raw.NextModificationAsync(1, Patience, "first value");

        await client.MutateAsync<long>("items:setPrice", new PriceChange(ids[7], 9_999), Within());
        var change = await raw.NextModificationAsync(1, Patience, "after one price change");

        change.Kind.Should().Be(QueryModificationKind.Patched);
        change.BaseHash.Should().Be(initial.Hash);
        change.Patch!.Length.Should().BeLessThan(initial.Value!.Length / 4);
        var rebuilt = JsonValuePatch.Apply(JsonNode.Parse(initial.Value), JsonNode.Parse(change.Patch)!);
        var fresh = await client.QueryAsync<JsonNode>("items:inCategory", new CategoryArgs("capsules"), Within());
        JsonNode.DeepEquals(rebuilt, fresh).Should().BeTrue();
    }

    [Fact]
    public async Task A_client_that_announces_the_hash_it_holds_gets_unchanged_instead_of_the_value()
    {
        var client = await ConnectAsync();
        await client.MutateAsync<long>("counters:increment", new CounterId("held"), Within());
        await using var before = await RawSyncConnection.ConnectAsync(Host.BaseAddress, "resume");
        await before.SubscribeAsync(1, "counters:get", new CounterId("held"));
        var held = await before.NextModificationAsync(1, Patience, "first value");
        held.Kind.Should().Be(QueryModificationKind.Updated);

        await using var after = await RawSyncConnection.ConnectAsync(Host.BaseAddress, "resume");
        await after.SubscribeAsync(1, "counters:get", new CounterId("held"), held.Hash);
        var resumed = await after.NextModificationAsync(1, Patience, "after announcing the hash");

        resumed.Kind.Should().Be(QueryModificationKind.Unchanged);
        resumed.Value.Should().BeNull();
        resumed.Hash.Should().Be(held.Hash);
    }

    [Fact]
    public async Task The_JSON_protocol_is_accepted_too()
    {
        var client = await Host.ConnectAsync(json: true);
        var counter = await client.SubscribeAsync<Counter?>("counters:get", new CounterId("json"), Within());
        await counter.ResultAsync(Within());

        await client.MutateAsync<long>("counters:increment", new CounterId("json"), Within());

        counter.Value!.Value.Should().Be(1);
        Encoding.UTF8.GetByteCount("json").Should().BePositive();
    }
}
