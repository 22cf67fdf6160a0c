namespace DakarCafe.Engine.TestNode.Domain;

public sealed record Item(Guid Id, string Category, string Name, long Price, string Note = "");
