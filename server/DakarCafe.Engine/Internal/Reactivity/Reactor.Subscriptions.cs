using System.Text.Json;
using DakarCafe.Engine.Errors;
using DakarCafe.Engine.Functions;
using DakarCafe.Engine.Internal.Execution;
using DakarCafe.Engine.Internal.Sync;
using DakarCafe.Protocol;

namespace DakarCafe.Engine.Internal.Reactivity;

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
                    else
                    {
                        Remove(modify.Client, change.QueryId, cycle);
                    }
                }

                break;
            case ReactorCommand.IdentityChanged change:
                Resubscribe(change.Client, cycle);
                break;
            case ReactorCommand.Disconnect disconnect:
                foreach (var subscription in disconnect.Client.Queries.TakeAll())
                {
                    Unsubscribe(subscription);
                }

                break;
            case ReactorCommand.EnsureVersion ensure:
                Confirm(ensure.Receipt, cycle);
                if (ensure.Client.Outbox.QueuedVersion < ensure.Version)
                {
                    cycle.Touched.Add(ensure.Client);
                }

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
        if (client.Queries.ChangeIdentity(client.Identity) is not var (dropped, again))
        {
            return;
        }

        foreach (var subscription in dropped)
        {
            Unsubscribe(subscription);
        }

        foreach (var change in again)
        {
            Add(client, change, cycle);
        }
    }

    private void Remove(ClientSession client, int queryId, Cycle cycle)
    {
        if (client.Queries.Remove(queryId, out var known) is { } removed)
        {
            Unsubscribe(removed);
        }

        if (known)
        {
            cycle.AddExtra(client, new PendingModification(new QueryModification(QueryModificationKind.Removed, queryId), null));
        }
    }

    private void Add(ClientSession client, QueryChange change, Cycle cycle)
    {
        try
        {
            if (client.Queries.RefusalOf(change) is { } refusal)
            {
                throw refusal;
            }

            var (function, args) = CallPreparation.Prepare(registry, FunctionKind.Query, change.Function, change.Args, client.Identity);
            var canonicalArgs = JsonSerializer.Serialize(args, function.ArgsType, WireJson.Options);
            var (node, isNew) = NodeFor(function, args, canonicalArgs, client.Identity);
            var subscription = new Subscription(client, change, node);
            node.Subscribers.Add(subscription);
            Interlocked.Increment(ref _liveQueries);
            client.Queries.Subscribe(subscription);
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
                client.Queries.Refuse(change);
            }

            cycle.AddExtra(client, new PendingModification(
                new QueryModification(QueryModificationKind.Failed, change.QueryId, Error: error.ToErrorInfo()), null));
        }
    }
}
