using System.Globalization;
using System.Reflection;
using System.Text;
using DakarCafe.Protocol;

namespace DakarCafe.Codegen;

/// <summary>
/// Writes the app's error codes clients switch on: each of its <see cref="ErrorCodeCatalogAttribute"/> classes as a
/// constant object (<c>shopErrorCodes.outOfStock</c>) and a string-literal union (<c>ShopErrorCode</c>), then
/// <c>AppErrorCode</c>, every code a function of the app may answer: the engine's (<c>ErrorCode</c>, which
/// <c>@dakarcafe/client</c> ships with its <c>ErrorCodes</c>) and the app's own.
/// </summary>
internal sealed class ErrorCodeModule(SchemaDocs docs)
{
    public string Write(Assembly schema)
    {
        var catalogs = schema.GetExportedTypes()
            .Where(t => t.GetCustomAttribute<ErrorCodeCatalogAttribute>() is not null)
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .ToList();
        var builder = new StringBuilder();
        builder.Append(CultureInfo.InvariantCulture, $"import type {{ ErrorCode }} from \"{TypeScriptFiles.ClientPackage}\";\n\n");
        var unions = new List<string> { "ErrorCode" };
        foreach (var catalog in catalogs)
        {
            var constant = char.ToLowerInvariant(catalog.Name[0]) + catalog.Name[1..];
            var union = catalog.Name.EndsWith('s') ? catalog.Name[..^1] : catalog.Name;
            builder.Append(docs.Summary(catalog));
            builder.Append(CultureInfo.InvariantCulture, $"export const {constant} = {{\n");
            foreach (var field in catalog.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral && f.FieldType == typeof(string)))
            {
                builder.Append(docs.Field(field, "  "));
                builder.Append(CultureInfo.InvariantCulture, $"  {char.ToLowerInvariant(field.Name[0])}{field.Name[1..]}: \"{field.GetRawConstantValue()}\",\n");
            }

            builder.Append("} as const;\n\n");
            builder.Append(CultureInfo.InvariantCulture, $"export type {union} = (typeof {constant})[keyof typeof {constant}];\n\n");
            unions.Add(union);
        }

        builder.Append("/** Every code a function of this app may answer: the engine's (`ErrorCodes` of @dakarcafe/client) and the app's own. */\n");
        builder.Append(CultureInfo.InvariantCulture, $"export type AppErrorCode = {string.Join(" | ", unions)};\n");
        return builder.ToString();
    }
}
