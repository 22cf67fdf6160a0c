namespace DakarCafe.Engine;

/// <summary>
/// A part of the app that must be in place before the app serves, beside the engine itself (the token server's stores
/// and clients, say): registered as a service, it holds <see cref="EngineReadiness.Serving"/> back until it is ready.
/// </summary>
public interface IReadinessGate
{
    /// <summary>Completes once the part is ready; faults when it cannot become so.</summary>
    Task Ready { get; }
}
