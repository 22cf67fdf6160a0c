using DakarCafe.Engine.Errors;

namespace DakarCafe.Server;

/// <summary>The page arguments every listing takes: a limit of 1 to <see cref="MaxPageSize"/> and a non-negative offset.</summary>
internal static class Paging
{
    public const int MaxPageSize = 100;

    public static int Size(int? limit, int fallback = 20)
    {
        var size = limit ?? fallback;
        return size is >= 1 and <= MaxPageSize ? size : throw AppError.Validation("limit", $"The limit must be between 1 and {MaxPageSize}.");
    }

    public static int Offset(int? offset) => offset is null or >= 0 ? offset ?? 0 : throw AppError.Validation("offset", "The offset cannot be negative.");
}
