namespace DakarCafe.Engine.Internal.Sync;

/// <summary>What one reactor cycle has for one client: its queries' modifications and its confirmed mutations, at <paramref name="Version"/>.</summary>
internal sealed record ClientTransition(ClientSession Client, long Version, IReadOnlyList<PendingModification> Modifications, IReadOnlyCollection<long> Confirmed);
