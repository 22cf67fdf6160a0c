using DakarCafe.Auth.Internal;
using DakarCafe.Engine;

namespace DakarCafe.Auth;

/// <summary>
/// Says when the token server has its stores and clients in place (after the engine's schema is ready); a gate of
/// <see cref="EngineReadiness.Serving"/>.
/// </summary>
public sealed class AuthReadiness : IReadinessGate
{
    private readonly AuthStoreInitializer _initializer;

    internal AuthReadiness(AuthStoreInitializer initializer) => _initializer = initializer;

    /// <summary>Completes once tokens can be issued.</summary>
    public Task Ready => _initializer.Ready;
}
