using DakarCafe.Engine.Errors;
using DakarCafe.Engine.Functions;
using DakarCafe.Engine.Internal.Sync;
using DakarCafe.Protocol;

namespace DakarCafe.Engine.Tests.Sync;

/// <summary>The per-client query-set state machine, without PostgreSQL or SignalR.</summary>
public sealed class ClientQuerySetTests
{
    private static readonly CallerIdentity Ada = new("ada", null, new HashSet<string> { "user" });
    private static readonly CallerIdentity AdaAsAdmin = new("ada", null, new HashSet<string> { "user", "admin" });

    [Fact]
    public void An_id_in_use_or_a_full_set_refuses_the_add_and_changes_nothing()
    {
        var set = new ClientQuerySet<ClientQuery>(maxSubscriptions: 2, CallerIdentity.Anonymous);
        set.Subscribe(new ClientQuery(Add(1)));
        set.Refuse(Add(2));

        set.RefusalOf(Add(1))!.Code.Should().Be(ErrorCodes.BadRequest);
        set.RefusalOf(Add(2))!.Code.Should().Be(ErrorCodes.BadRequest, "a refused query keeps its id until removed");
        set.RefusalOf(Add(3)).Should().BeNull();
        set.Subscribe(new ClientQuery(Add(3)));
        set.RefusalOf(Add(4)).Should().BeOfType<AppError>().Which.Code.Should().Be(ErrorCodes.LimitExceeded);
        set.Subscribed.Select(q => q.QueryId).Should().BeEquivalentTo([1, 3]);
    }

    [Fact]
    public void Removing_knows_subscribed_refused_and_unknown_ids()
    {
        var set = new ClientQuerySet<ClientQuery>(10, CallerIdentity.Anonymous);
        var first = new ClientQuery(Add(1));
        set.Subscribe(first);
        set.Refuse(Add(2));

        set.Remove(1, out var knownFirst).Should().BeSameAs(first);
        knownFirst.Should().BeTrue();
        set.Remove(2, out var knownRefused).Should().BeNull();
        knownRefused.Should().BeTrue();
        set.Remove(3, out var knownNever).Should().BeNull();
        knownNever.Should().BeFalse();
        set.Remove(1, out var knownAgain).Should().BeNull();
        knownAgain.Should().BeFalse();
        set.RefusalOf(Add(1)).Should().BeNull("a removed id can be used again");
        set.RefusalOf(Add(2)).Should().BeNull();
    }

    [Fact]
    public void A_refreshed_token_of_the_same_identity_changes_nothing()
    {
        var set = new ClientQuerySet<ClientQuery>(10, Ada);
        set.Subscribe(new ClientQuery(Add(1)));

        set.ChangeIdentity(Ada with { ExpiresAt = DateTimeOffset.UnixEpoch }).Should().BeNull();
        set.Subscribed.Should().ContainSingle();
    }

    [Fact]
    public void Another_identity_takes_every_query_out_and_subscribes_again_in_id_order_announcing_held_values()
    {
        var set = new ClientQuerySet<ClientQuery>(10, CallerIdentity.Anonymous);
        var held = new ClientQuery(Add(3)) { HeldHash = "h3", IsNew = false };
        var fresh = new ClientQuery(Add(1));
        set.Subscribe(held);
        set.Subscribe(fresh);
        set.Refuse(Add(2));

        var change = set.ChangeIdentity(Ada);

        change.Should().NotBeNull();
        change!.Value.Dropped.Should().BeEquivalentTo([held, fresh]);
        change.Value.Again.Select(c => (c.QueryId, c.Hash)).Should().Equal((1, null), (2, null), (3, "h3"));
        set.Subscribed.Should().BeEmpty();
        set.RefusalOf(Add(2)).Should().BeNull("the refused query was handed back to subscribe again");
        set.SubscribedAs.Should().Be(Ada.Key);
        set.ChangeIdentity(AdaAsAdmin).Should().NotBeNull("a new role changes what queries may see");
        set.ChangeIdentity(AdaAsAdmin).Should().BeNull();
    }

    [Fact]
    public void Taking_all_empties_the_set()
    {
        var set = new ClientQuerySet<ClientQuery>(10, CallerIdentity.Anonymous);
        set.Subscribe(new ClientQuery(Add(1)));
        set.Subscribe(new ClientQuery(Add(2)));

        set.TakeAll().Select(q => q.QueryId).Should().BeEquivalentTo([1, 2]);
        set.Subscribed.Should().BeEmpty();
        set.TakeAll().Should().BeEmpty();
    }

    private static QueryChange Add(int id) => new(QueryChangeKind.Add, id, "notes:list", "{}");
}
