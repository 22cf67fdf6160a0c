namespace DakarCafe.Engine.Internal.Reactivity;

/// <summary>
/// Thrown when a query running once for subscribers of every identity reads the caller's identity; the engine
/// then runs it per identity instead. Never reaches a client.
/// </summary>
internal sealed class IdentityObservedException : Exception
{
    public IdentityObservedException() : base("The query read the caller's identity.") { }
}
