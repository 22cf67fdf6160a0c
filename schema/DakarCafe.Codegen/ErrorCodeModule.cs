using System.Globalization;
using System.Reflection;
using System.Text;
using DakarCafe.Protocol;

namespace DakarCafe.Codegen;

/// <summary>
/// Writes the error codes clients switch on: the engine's (<see cref="ErrorCodes"/>) and each of the app's
/// <see cref="ErrorCodeCatalogAttribute"/> classes, as a constant object (<c>shopErrorCodes.outOfStock</c>) and a
/// string-literal union (<c>ShopErrorCode</c>), then <c>AppErrorCode</c>, every code a function of the app may answer.
/// </summary>
internal sealed class ErrorCodeModule(SchemaDocs docs)
{
    private readonly SchemaDocs _protocolDocs = new(typeof(ErrorCodes).Assembly);

    public string Write(Assembly schema)
    {
        var catalogs = schema.GetExportedTypes()
            .Where(t => t.GetCustomAttribute<ErrorCodeCatalogAttribute>() is not null)
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .Prepend(typeof(ErrorCodes))
            .ToList();
        var builder = new StringBuilder();
        var unions = new List<string>();
        foreach (var catalog in catalogs)
        {
            var name = catalog == typeof(ErrorCodes) ? "EngineErrorCodes" : catalog.Name;
            var catalogDocs = catalog == typeof(ErrorCodes) ? _protocolDocs : docs;
            var constant = char.ToLowerInvariant(name[0]) + name[1..];
            var union = name.EndsWith('s') ? name[..^1] : name;
            builder.Append(catalogDocs.Summary(catalog));
            builder.Append(CultureInfo.InvariantCulture, $"export const {constant} = {{\n");
            foreach (var field in catalog.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral && f.FieldType == typeof(string)))
            {
                builder.Append(catalogDocs.Field(field, "  "));
                builder.Append(CultureInfo.InvariantCulture, $"  {char.ToLowerInvariant(field.Name[0])}{field.Name[1..]}: \"{field.GetRawConstantValue()}\",\n");
            }

            builder.Append("} as const;\n\n");
            builder.Append(CultureInfo.InvariantCulture, $"export type {union} = (typeof {constant})[keyof typeof {constant}];\n\n");
            unions.Add(union);
        }

        builder.Append("/** Every code a function of this app may answer: the engine's and the app's own. */\n");
        builder.Append(CultureInfo.InvariantCulture, $"export type AppErrorCode = {string.Join(" | ", unions)};\n");
        return builder.ToString();
    }
}
