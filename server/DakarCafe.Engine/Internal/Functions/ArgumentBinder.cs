using System.Text.Json;
using System.Text.RegularExpressions;
using DakarCafe.Engine.Errors;
using DakarCafe.Protocol;

namespace DakarCafe.Engine.Internal.Functions;

/// <summary>
/// Reads a call's JSON arguments into the function's argument record, strictly: a missing, extra, null or wrongly
/// typed field is a <c>VALIDATION_ERROR</c> that names the field.
/// </summary>
internal static partial class ArgumentBinder
{
    public static object Bind(Type argsType, string? json)
    {
        try
        {
            return JsonSerializer.Deserialize(string.IsNullOrWhiteSpace(json) ? "{}" : json, argsType, WireJson.Options)
                ?? throw AppError.Validation("args", "The arguments must be a JSON object.");
        }
        catch (JsonException e)
        {
            throw Translate(e);
        }
    }

    private static AppError Translate(JsonException e)
    {
        var at = FieldPath(e.Path);
        var message = e.Message;
        if (UnmappedProperty().Match(message) is { Success: true } unmapped)
        {
            var field = Join(ParentOf(at, unmapped.Groups[1].Value), unmapped.Groups[1].Value);
            return AppError.Validation(field, $"Unknown field '{field}'.");
        }

        if (MissingProperties().Match(message) is { Success: true } missing)
        {
            var field = Join(at, missing.Groups[1].Value);
            return AppError.Validation(field, $"Missing field '{field}'.");
        }

        if (at.Length == 0)
        {
            return AppError.Validation("args", "The arguments must be a JSON object.");
        }

        return message.Contains("null", StringComparison.OrdinalIgnoreCase) && message.Contains("nullability", StringComparison.OrdinalIgnoreCase)
            ? AppError.Validation(at, $"Field '{at}' must not be null.")
            : AppError.Validation(at, $"Field '{at}' has the wrong type or value.");
    }

    /// <summary>"$.priceRange.min" → "priceRange.min"; "$.items[2].quantity" stays indexed.</summary>
    private static string FieldPath(string? path) => path is null or "$" ? "" : path.TrimStart('$').TrimStart('.');

    /// <summary>For an unknown field, STJ reports the path of the field itself or of its parent object.</summary>
    private static string ParentOf(string path, string field) =>
        path == field || path.EndsWith("." + field, StringComparison.Ordinal) ? path[..^field.Length].TrimEnd('.') : path;

    private static string Join(string parent, string field) => parent.Length == 0 ? field : $"{parent}.{field}";

    [GeneratedRegex("The JSON property '([^']+)' could not be mapped")]
    private static partial Regex UnmappedProperty();

    [GeneratedRegex("missing required properties including: '([^']+)'")]
    private static partial Regex MissingProperties();
}
