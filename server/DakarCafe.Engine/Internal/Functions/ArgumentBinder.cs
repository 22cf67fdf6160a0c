using System.Text.Json;
using System.Text.RegularExpressions;
using DakarCafe.Engine.Errors;
using DakarCafe.Protocol;

namespace DakarCafe.Engine.Internal.Functions;

/// <summary>
/// Reads a call's JSON arguments into the function's argument record, strictly: a missing, extra, null or wrongly
/// typed field is a <c>VALIDATION_ERROR</c> that names the field, and so is a string PostgreSQL cannot store (a NUL
/// character, an unpaired surrogate), for every function at once.
/// </summary>
internal static partial class ArgumentBinder
{
    public static object Bind(Type argsType, string? json)
    {
        var text = string.IsNullOrWhiteSpace(json) ? "{}" : json;
        try
        {
            RefuseUnstorableStrings(text);
            return JsonSerializer.Deserialize(text, argsType, WireJson.Options)
                ?? throw AppError.Validation("args", "The arguments must be a JSON object.");
        }
        catch (JsonException e)
        {
            throw Translate(e);
        }
    }

    /// <summary>
    /// Only an escaped JSON string can hold a NUL or an unpaired surrogate: those are decoded and checked, and
    /// arguments without a backslash (almost every call) are not read twice. JSON that does not parse is left for the
    /// deserializer to report, with its field.
    /// </summary>
    private static void RefuseUnstorableStrings(string json)
    {
        if (!json.Contains('\\', StringComparison.Ordinal))
        {
            return;
        }

        var reader = new Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(json));
        var field = "args";
        while (TryRead(ref reader))
        {
            if (reader.TokenType is not (JsonTokenType.PropertyName or JsonTokenType.String) || !reader.ValueIsEscaped)
            {
                if (reader.TokenType == JsonTokenType.PropertyName)
                {
                    field = reader.GetString()!;
                }

                continue;
            }

            string value;
            try
            {
                value = reader.GetString()!;
            }
            catch (InvalidOperationException)
            {
                throw AppError.Validation(field, $"Field '{field}' holds an unpaired surrogate (\\ud800 to \\udfff alone), which is not text.");
            }

            if (value.Contains('\0', StringComparison.Ordinal))
            {
                throw AppError.Validation(field, $"Field '{field}' holds a NUL character (\\u0000), which cannot be stored.");
            }

            if (reader.TokenType == JsonTokenType.PropertyName)
            {
                field = value;
            }
        }
    }

    private static bool TryRead(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.Read();
        }
        catch (JsonException)
        {
            return false;
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
