using DakarCafe.Engine.Internal.Sync;
using DakarCafe.Protocol;

namespace DakarCafe.Engine.Internal.Reactivity;

/// <summary>A client's query bound to the node that runs it for every subscriber alike.</summary>
internal sealed class Subscription(ClientSession client, QueryChange change, QueryNode node) : ClientQuery(change)
{
    public ClientSession Client { get; } = client;

    public QueryNode Node { get; set; } = node;
}
