namespace DakarCafe.Engine.Tests.Domain;

public sealed record Item(Guid Id, string Category, string Name, long Price, string Note = "");
