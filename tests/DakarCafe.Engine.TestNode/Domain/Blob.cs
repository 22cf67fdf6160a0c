namespace DakarCafe.Engine.TestNode.Domain;

/// <summary>A document with a large payload that changes whole at each version, so no patch can shrink it.</summary>
public sealed record Blob(string Id, long Version, string Payload);
