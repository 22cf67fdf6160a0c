using DakarCafe.Engine.Internal.Reactivity;

namespace DakarCafe.Engine;

/// <summary>Lets the host's modules wait until the engine's schema and commit log are in place and its reactor runs.</summary>
public sealed class EngineReadiness
{
    private readonly Reactor _reactor;

    internal EngineReadiness(Reactor reactor) => _reactor = reactor;

    /// <summary>Completes once the engine serves functions.</summary>
    public Task Ready => _reactor.Ready;
}
