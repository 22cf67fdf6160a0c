using System.Text.Json;
using DakarCafe.Engine.Errors;
using DakarCafe.Engine.Execution;
using DakarCafe.Engine.Functions;
using DakarCafe.Engine.Sync;
using DakarCafe.Protocol;

namespace DakarCafe.Engine.Reactivity;

internal sealed partial class Reactor
{
    private void Apply(ReactorCommand command, Cycle cycle)
    {
        switch (command)
        {
            case ReactorCommand.Modify modify:
                foreach (var change in modify.Modification.Changes ?? [])
                {
                    if (change is null)
                    {
                        continue;
                    }

                    if (change.Kind == QueryChangeKind.Add && modify.RefusedAdds is { } refusal)
                    {
                        cycle.AddExtra(modify.Client, new PendingModification(new QueryModification(QueryModificationKind.Failed, change.QueryId, Error: refusal), null));
                    }
                    else if (change.Kind == QueryChangeKind.Add)
                    {
                        Add(modify.Client, change, cycle);
                    }
                    else if (modify.Client.Queries.TryGetValue(change.QueryId, out var removed))
                    {
                        Unsubscribe(removed);
                        cycle.AddExtra(modify.Client, new PendingModification(new QueryModification(QueryModificationKind.Removed, change.QueryId), null));
                    }
                    else if (modify.Client.Denied.Remove(change.QueryId))
                    {
                        cycle.AddExtra(modify.Client, new PendingModification(new QueryModification(QueryModificationKind.Removed, change.QueryId), null));
                    }
                }

                break;
            case ReactorCommand.IdentityChanged change:
                Resubscribe(change.Client, cycle);
                break;
            case ReactorCommand.Disconnect disconnect:
                foreach (var subscription in disconnect.Client.Queries.Values.ToList())
                {
                    Unsubscribe(subscription);
                }

                break;
            case ReactorCommand.EnsureVersion ensure when ensure.Client.QueuedVersion < ensure.Version:
                cycle.Touched.Add(ensure.Client);
                break;
        }
    }

    /// <summary>
    /// A refreshed token for the same user changes nothing pushed. Another identity re-subscribes every query under
    /// it: access rules are checked again (a query now denied fails and waits for the next identity), and queries that
    /// read the identity move to that identity's node. Values the client already holds are announced, so an unchanged
    /// result is not sent again.
    /// </summary>
    private void Resubscribe(ClientSession client, Cycle cycle)
    {
        var identity = client.Identity;
        if (client.SubscribedAs == identity.Key)
        {
            return;
        }

        client.SubscribedAs = identity.Key;
        var again = client.Queries.Values.Select(s => s.Change with { Hash = s.HeldHash }).Concat(client.Denied.Values).OrderBy(c => c.QueryId).ToList();
        foreach (var subscription in client.Queries.Values.ToList())
        {
            Unsubscribe(subscription);
        }

        client.Denied.Clear();
        foreach (var change in again)
        {
            Add(client, change, cycle);
        }
    }

    private void Add(ClientSession client, QueryChange change, Cycle cycle)
    {
        try
        {
            if (client.Queries.ContainsKey(change.QueryId) || client.Denied.ContainsKey(change.QueryId))
            {
                throw new AppError(ErrorCodes.BadRequest, $"Query id {change.QueryId} is already subscribed on this connection.");
            }

            if (client.Queries.Count >= limits.MaxSubscriptionsPerConnection)
            {
                throw AppError.LimitExceeded("subscriptionsPerConnection", limits.MaxSubscriptionsPerConnection);
            }

            var (function, args) = CallPreparation.Prepare(registry, FunctionKind.Query, change.Function, change.Args, client.Identity);
            var canonicalArgs = JsonSerializer.Serialize(args, function.ArgsType, WireJson.Options);
            var (node, isNew) = NodeFor(function, args, canonicalArgs, client.Identity);
            var subscription = new Subscription(client, change, node);
            node.Subscribers.Add(subscription);
            client.Queries[change.QueryId] = subscription;
            cycle.Touched.Add(client);
            if (isNew)
            {
                cycle.Stale.Add(node);
            }
        }
        catch (AppError error)
        {
            if (error.Code is ErrorCodes.AuthRequired or ErrorCodes.Forbidden)
            {
                client.Denied[change.QueryId] = change;
            }

            cycle.AddExtra(client, new PendingModification(
                new QueryModification(QueryModificationKind.Failed, change.QueryId, Error: error.ToErrorInfo()), null));
        }
    }
}
