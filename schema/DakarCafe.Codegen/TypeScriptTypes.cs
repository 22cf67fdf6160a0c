using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using DakarCafe.Protocol;

namespace DakarCafe.Codegen;

/// <summary>
/// Writes the TypeScript declarations of the schema's types exactly as they travel: the shape <see cref="WireJson"/>
/// gives them (camelCase names, enums as camelCase strings, ids and times as strings, money as numbers), with the
/// schema's XML summaries as JSDoc. Fields a caller may leave out (arguments with a default) are optional; fields
/// that may be null say so.
/// </summary>
internal sealed class TypeScriptTypes(SchemaDocs docs)
{
    public string Declare(Type type) => type.IsEnum ? DeclareEnum(type) : DeclareObject(type);

    /// <summary>The TypeScript for a type used by a property or a function; <paramref name="nullable"/> adds <c>| null</c>.</summary>
    public static string Reference(Type type, bool nullable, string prefix = "")
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return Reference(underlying, nullable: true, prefix);
        }

        var ts = type switch
        {
            _ when type == typeof(string) || type == typeof(Guid) || type == typeof(DateTimeOffset) || type == typeof(DateTime) => "string",
            _ when type == typeof(bool) => "boolean",
            _ when type == typeof(int) || type == typeof(long) || type == typeof(decimal) || type == typeof(double) || type == typeof(short) => "number",
            _ when type.IsArray => $"{Reference(type.GetElementType()!, nullable: false, prefix)}[]",
            _ when ElementOf(type) is { } element => $"{Reference(element, nullable: false, prefix)}[]",
            _ when ValueOf(type) is { } value => $"Record<string, {Reference(value, nullable: false, prefix)}>",
            _ when type.IsGenericType || type == typeof(object) => throw new NotSupportedException($"{type} has no TypeScript mapping; add one."),
            _ => prefix + type.Name,
        };
        return nullable ? $"{ts} | null" : ts;
    }

    private string DeclareEnum(Type type)
    {
        var names = Enum.GetNames(type);
        var builder = new StringBuilder(docs.Summary(type));
        builder.Append(CultureInfo.InvariantCulture, $"export type {type.Name} = {string.Join(" | ", names.Select(n => $"\"{WireName(n)}\""))};\n\n");
        builder.Append(CultureInfo.InvariantCulture, $"/** Every {type.Name}, in declaration order. */\n");
        builder.Append(CultureInfo.InvariantCulture, $"export const {type.Name}Values: readonly {type.Name}[] = [{string.Join(", ", names.Select(n => $"\"{WireName(n)}\""))}];\n");
        return builder.ToString();
    }

    private string DeclareObject(Type type)
    {
        var info = WireJson.Options.GetTypeInfo(type);
        if (info.Properties.Count == 0)
        {
            return $"{docs.Summary(type)}export type {type.Name} = Record<string, never>;\n";
        }

        var builder = new StringBuilder(docs.Summary(type));
        builder.Append(CultureInfo.InvariantCulture, $"export interface {type.Name} {{\n");
        foreach (var property in info.Properties.OrderBy(p => Order(type, p)))
        {
            var optional = property.AssociatedParameter is { HasDefaultValue: true } ? "?" : "";
            builder.Append(docs.Member(type, property, indent: "  "));
            builder.Append(CultureInfo.InvariantCulture, $"  {property.Name}{optional}: {Reference(property.PropertyType, property.IsGetNullable)};\n");
        }

        builder.Append("}\n");
        return builder.ToString();
    }

    /// <summary>Declaration order: positional parameters first as written, then the other properties.</summary>
    private static int Order(Type type, JsonPropertyInfo property)
    {
        var parameters = type.GetConstructors().MaxBy(c => c.GetParameters().Length)?.GetParameters() ?? [];
        var at = Array.FindIndex(parameters, p => string.Equals(p.Name, (property.AttributeProvider as MemberInfo)?.Name, StringComparison.Ordinal));
        return at >= 0 ? at : parameters.Length + 1;
    }

    private static Type? ElementOf(Type type) =>
        type.IsGenericType && type.GetGenericArguments() is [var element]
        && type.GetGenericTypeDefinition() is var definition
        && (definition == typeof(IReadOnlyList<>) || definition == typeof(List<>) || definition == typeof(IEnumerable<>)
            || definition == typeof(IReadOnlyCollection<>) || definition == typeof(IList<>))
            ? element
            : null;

    /// <summary>The value type of a dictionary keyed by strings (a JSON object with arbitrary keys).</summary>
    private static Type? ValueOf(Type type) =>
        type.IsGenericType && type.GetGenericArguments() is [var key, var value] && key == typeof(string)
        && type.GetGenericTypeDefinition() is var definition
        && (definition == typeof(IReadOnlyDictionary<,>) || definition == typeof(Dictionary<,>) || definition == typeof(IDictionary<,>))
            ? value
            : null;

    private static string WireName(string name) => JsonNamingPolicy.CamelCase.ConvertName(name);
}
