using DakarCafe.Engine.TestNode.Domain;
using DakarCafe.Fixtures;

namespace DakarCafe.Engine.Tests.Invariants;

public sealed class I5_at_most_once_tests(PostgresServer postgres) : EngineTest(postgres)
{
    [Fact]
    public async Task A_resent_request_id_is_answered_from_its_receipt_and_applied_once()
    {
        var session = Guid.NewGuid().ToString("N");
        await using var first = await RawSyncConnection.ConnectAsync(Host.BaseAddress, session);
        var original = await first.MutateAsync(7, "counters:increment", new CounterId("once"));
        var resentOnSameConnection = await first.MutateAsync(7, "counters:increment", new CounterId("once"));
        await first.DisposeAsync();

        await using var reconnected = await RawSyncConnection.ConnectAsync(Host.BaseAddress, session);
        var resentAfterReconnect = await reconnected.MutateAsync(7, "counters:increment", new CounterId("once"));

        original.Error.Should().BeNull();
        resentOnSameConnection.Should().BeEquivalentTo(original);
        resentAfterReconnect.Should().BeEquivalentTo(original);
        var client = await ConnectAsync();
        (await client.QueryAsync<Counter>("counters:get", new CounterId("once"), Within())).Value.Should().Be(1);
    }

    [Fact]
    public async Task The_same_request_id_in_another_session_is_another_mutation()
    {
        await using var one = await RawSyncConnection.ConnectAsync(Host.BaseAddress, "session-one");
        await using var two = await RawSyncConnection.ConnectAsync(Host.BaseAddress, "session-two");

        await one.MutateAsync(1, "counters:increment", new CounterId("shared"));
        await two.MutateAsync(1, "counters:increment", new CounterId("shared"));

        var client = await ConnectAsync();
        (await client.QueryAsync<Counter>("counters:get", new CounterId("shared"), Within())).Value.Should().Be(2);
    }
}
