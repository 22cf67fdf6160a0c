namespace DakarCafe.Engine.Internal;

/// <summary>This server process among the nodes on one database, as job claims and the dashboard's log name it.</summary>
internal sealed class EngineNode
{
    public string Name { get; } = $"{Environment.MachineName}:{Guid.NewGuid():N}";
}
