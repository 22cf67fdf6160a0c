namespace DakarCafe.Engine.TestNode.Domain;

public sealed record CounterId(string Id);

public sealed record CounterIds(string First, string Second);

public sealed record CategoryArgs(string Category);

public sealed record ItemId(Guid Id);

public sealed record NewItem(Guid Id, string Category, string Name, long Price);

public sealed record PriceChange(Guid Id, long Price);

public sealed record CategoryChange(Guid Id, string Category);

public sealed record NoteChange(Guid Id, string Note);

public sealed record NoArgs;

public sealed record PriceRange(long Min, long Max);

public sealed record PriceLimit(long Price);

public sealed record SearchArgs(string Category, PriceRange? PriceRange = null, int? Limit = null);

public sealed record Failure(string Code, string Message);

public sealed record BlobRewrite(string Id, int Kilobytes);

public sealed record ScheduleIncrement(string Id, int DelaySeconds, int Times = 1);

public sealed record JobId(Guid Id);
