using DakarCafe.Engine.Internal.Sync;
using DakarCafe.Protocol;

namespace DakarCafe.Engine.Tests.Sync;

/// <summary>A client's outbox of transitions, without PostgreSQL or SignalR.</summary>
public sealed class ClientOutboxTests
{
    [Fact]
    public void One_transition_is_in_flight_and_the_next_starts_where_it_ended()
    {
        var outbox = new ClientOutbox();
        outbox.TakeForSending().Should().BeNull("nothing was queued");
        outbox.Enqueue(5, [Updated(1, "a")], [7]);

        var first = outbox.TakeForSending()!;
        (first.StartVersion, first.EndVersion).Should().Be((0, 5));
        first.ConfirmedMutations.Should().Equal(7);
        outbox.Enqueue(6, [Updated(1, "b")], []);
        outbox.TakeForSending().Should().BeNull("the first is still being written");
        outbox.QueuedVersion.Should().Be(6);

        outbox.Written();
        var second = outbox.TakeForSending()!;
        (second.StartVersion, second.EndVersion).Should().Be((5, 6));
        second.ConfirmedMutations.Should().BeNull();
        second.Modifications.Should().ContainSingle().Which.Value.Should().Equal("b"u8.ToArray());
    }

    [Fact]
    public void Transitions_queued_behind_a_slow_write_merge_into_one_with_every_confirmation()
    {
        var outbox = new ClientOutbox();
        outbox.Enqueue(1, [], []);
        outbox.TakeForSending();
        outbox.Enqueue(2, [Updated(1, "a"), Updated(2, "x")], [10]);
        outbox.Enqueue(3, [Updated(1, "b")], [11]);
        outbox.Enqueue(2, [], [12]);

        outbox.Written();
        var merged = outbox.TakeForSending()!;

        (merged.StartVersion, merged.EndVersion).Should().Be((1, 3), "a later cycle never moves a client back");
        merged.ConfirmedMutations.Should().Equal(10, 11, 12);
        merged.Modifications.Select(m => (m.QueryId, m.Value![0])).Should().Equal((1, (byte)'b'), (2, (byte)'x'));
        outbox.Written();
        outbox.TakeForSending().Should().BeNull();
    }

    [Fact]
    public void A_patch_behind_an_unsent_value_is_sent_as_the_full_value()
    {
        var outbox = new ClientOutbox();
        outbox.Enqueue(1, [Updated(1, "a")], []);
        var patched = new QueryModification(QueryModificationKind.Patched, 1, Patch: [1, 2], Hash: "hb", BaseHash: "ha");
        outbox.Enqueue(2, [new PendingModification(patched, "b"u8.ToArray())], []);

        var modification = outbox.TakeForSending()!.Modifications.Should().ContainSingle().Subject;

        modification.Kind.Should().Be(QueryModificationKind.Updated);
        modification.Value.Should().Equal("b"u8.ToArray());
        modification.Patch.Should().BeNull();
        modification.Hash.Should().Be("hb");
    }

    private static PendingModification Updated(int queryId, string value)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(value);
        return new PendingModification(new QueryModification(QueryModificationKind.Updated, queryId, Value: bytes, Hash: "h" + value), bytes);
    }
}
