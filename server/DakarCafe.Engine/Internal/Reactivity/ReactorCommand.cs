using DakarCafe.Engine.Internal.Execution;
using DakarCafe.Engine.Internal.Sync;
using DakarCafe.Protocol;

namespace DakarCafe.Engine.Internal.Reactivity;

/// <summary>A change to the set of live queries, applied by the reactor's loop at the start of its next cycle.</summary>
internal abstract record ReactorCommand(ClientSession Client)
{
    /// <summary>Changes the subscription set; when <paramref name="RefusedAdds"/> is set, its adds fail with that error instead.</summary>
    public sealed record Modify(ClientSession Client, QuerySetModification Modification, ErrorInfo? RefusedAdds = null) : ReactorCommand(Client);

    /// <summary>The client's identity was replaced (a new token, a sign-out, an expiry).</summary>
    public sealed record IdentityChanged(ClientSession Client) : ReactorCommand(Client);

    public sealed record Disconnect(ClientSession Client) : ReactorCommand(Client);

    /// <summary>The client's mutation (<paramref name="Receipt"/>) committed at <paramref name="Version"/>: the client must hold a transition at or past it, confirming it.</summary>
    public sealed record EnsureVersion(ClientSession Client, long Version, ReceiptKey Receipt) : ReactorCommand(Client);
}
