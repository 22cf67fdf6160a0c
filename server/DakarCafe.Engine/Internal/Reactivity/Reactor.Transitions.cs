using DakarCafe.Engine.Internal.Sync;
using DakarCafe.Protocol;

namespace DakarCafe.Engine.Internal.Reactivity;

internal sealed partial class Reactor
{
    /// <summary>
    /// Hands the dispatcher one transition to <paramref name="version"/> for every client the cycle touched.
    /// Modifications of the same node under the same query id are one object, so alike transitions are serialized once.
    /// </summary>
    private void QueueTransitions(Cycle cycle, long version)
    {
        foreach (var node in cycle.Changed)
        {
            foreach (var subscription in node.Subscribers)
            {
                cycle.Touched.Add(subscription.Client);
            }
        }

        var shared = new Dictionary<(QueryNode, int, string?), PendingModification>();
        var transitions = new List<ClientTransition>();
        foreach (var client in cycle.Touched)
        {
            var modifications = new List<PendingModification>();
            foreach (var subscription in client.Queries.Subscribed)
            {
                if (ModificationFor(subscription, shared) is { } modification)
                {
                    modifications.Add(modification);
                }
            }

            if (cycle.Extra.TryGetValue(client, out var extra))
            {
                modifications.AddRange(extra);
            }

            var confirmed = cycle.ConfirmedFor(client);
            if (modifications.Count > 0 || confirmed.Count > 0 || client.Outbox.QueuedVersion < version)
            {
                transitions.Add(new ClientTransition(client, version, modifications, confirmed));
            }
        }

        foreach (var node in cycle.Changed)
        {
            node.ChangedInCycle = false;
        }

        dispatcher.Deliver(transitions);
    }

    private static PendingModification? ModificationFor(Subscription subscription, Dictionary<(QueryNode, int, string?), PendingModification> shared)
    {
        var node = subscription.Node;
        if (node.Outcome is not { } outcome || (!subscription.IsNew && !node.ChangedInCycle) || (!subscription.IsNew && subscription.HeldHash == outcome.Hash))
        {
            return null;
        }

        var key = (node, subscription.QueryId, subscription.HeldHash);
        if (!shared.TryGetValue(key, out var modification))
        {
            modification = new PendingModification(Describe(subscription, outcome), outcome.Value);
            shared[key] = modification;
        }

        subscription.IsNew = false;
        subscription.HeldHash = outcome.Hash;
        return modification;
    }

    private static QueryModification Describe(Subscription subscription, QueryOutcome outcome)
    {
        var node = subscription.Node;
        var id = subscription.QueryId;
        if (subscription.HeldHash == outcome.Hash)
        {
            return new QueryModification(QueryModificationKind.Unchanged, id, Hash: outcome.Hash);
        }

        if (outcome.Error is { } error)
        {
            return new QueryModification(QueryModificationKind.Failed, id, Hash: outcome.Hash, Error: error);
        }

        return node.Patch is { } patch && subscription.HeldHash is { } held && held == node.PreviousOutcome?.Hash
            ? new QueryModification(QueryModificationKind.Patched, id, Patch: patch, Hash: outcome.Hash, BaseHash: held)
            : new QueryModification(QueryModificationKind.Updated, id, Value: outcome.Value, Hash: outcome.Hash);
    }
}
