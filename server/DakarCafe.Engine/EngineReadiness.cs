using DakarCafe.Engine.Internal.Reactivity;
using Microsoft.Extensions.DependencyInjection;

namespace DakarCafe.Engine;

/// <summary>Lets the host's modules, tests and commands wait until the engine, and the whole app, serve.</summary>
public sealed class EngineReadiness
{
    private readonly Reactor _reactor;
    private readonly IServiceProvider _services;

    internal EngineReadiness(Reactor reactor, IServiceProvider services) => (_reactor, _services) = (reactor, services);

    /// <summary>Completes once the engine's schema and commit log are in place and its reactor runs: it serves functions.</summary>
    public Task Ready => _reactor.Ready;

    /// <summary>Completes once the app serves: the engine is <see cref="Ready"/> and so is every <see cref="IReadinessGate"/> registered.</summary>
    // The gates are resolved here, not in the constructor: a gate (the token server's) may itself wait for Ready.
    public Task Serving => Task.WhenAll([Ready, .. _services.GetServices<IReadinessGate>().Select(gate => gate.Ready)]);
}
