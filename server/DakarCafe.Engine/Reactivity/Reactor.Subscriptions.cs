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

                    if (change.Kind == QueryChangeKind.Add)
                    {
                        Add(modify.Client, change, cycle);
                    }
                    else if (modify.Client.Queries.TryGetValue(change.QueryId, out var removed))
                    {
                        Unsubscribe(removed);
                        cycle.AddExtra(modify.Client, new PendingModification(new QueryModification(QueryModificationKind.Removed, change.QueryId), null));
                    }
                }

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

    private void Add(ClientSession client, QueryChange change, Cycle cycle)
    {
        try
        {
            if (client.Queries.ContainsKey(change.QueryId))
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
            var subscription = new Subscription(client, change.QueryId, node, change.Hash);
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
            cycle.AddExtra(client, new PendingModification(
                new QueryModification(QueryModificationKind.Failed, change.QueryId, Error: error.ToErrorInfo()), null));
        }
    }
}
