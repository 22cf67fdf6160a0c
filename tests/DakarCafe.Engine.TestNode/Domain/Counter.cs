namespace DakarCafe.Engine.TestNode.Domain;

public sealed record Counter(string Id, long Value);
