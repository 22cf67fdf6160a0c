using DakarCafe.Engine.Errors;

namespace DakarCafe.Server;

/// <summary>Free text from a caller (reasons, messages, address lines): trimmed, bounded, and blank counted as absent.</summary>
internal static class FreeText
{
    public static string Required(string? value, string field, int maxLength) =>
        Optional(value, field, maxLength) ?? throw AppError.Validation(field, $"The {field.Split('.')[^1]} is required.");

    public static string? Optional(string? value, string field, int maxLength) => value?.Trim() switch
    {
        null or "" => null,
        { Length: var n } when n > maxLength => throw AppError.Validation(field, $"The {field.Split('.')[^1]} is at most {maxLength} characters."),
        var trimmed => trimmed,
    };
}
