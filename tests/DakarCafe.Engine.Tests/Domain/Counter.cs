namespace DakarCafe.Engine.Tests.Domain;

public sealed record Counter(string Id, long Value);
