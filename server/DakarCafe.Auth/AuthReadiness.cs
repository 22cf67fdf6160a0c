using DakarCafe.Auth.Internal;

namespace DakarCafe.Auth;

/// <summary>Says when the token server has its stores and clients in place (after the engine's schema is ready).</summary>
public sealed class AuthReadiness
{
    private readonly AuthStoreInitializer _initializer;

    internal AuthReadiness(AuthStoreInitializer initializer) => _initializer = initializer;

    /// <summary>Completes once tokens can be issued.</summary>
    public Task Ready => _initializer.Ready;
}
