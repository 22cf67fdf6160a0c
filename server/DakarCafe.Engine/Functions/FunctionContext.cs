using DakarCafe.Engine.Internal.Reactivity;

namespace DakarCafe.Engine.Functions;

/// <summary>What every function sees: who calls it.</summary>
public abstract class FunctionContext
{
    private readonly CallerIdentity? _identity;

    /// <param name="identity">The caller; null while a query runs for subscribers of several identities.</param>
    private protected FunctionContext(CallerIdentity? identity) => _identity = identity;

    /// <summary>
    /// The caller. Reading it in a query makes the query's result depend on who asks, so its subscribers are grouped
    /// by identity instead of sharing one result.
    /// </summary>
    public CallerIdentity Identity => _identity ?? throw new IdentityObservedException();
}
