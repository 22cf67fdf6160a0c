using System.Globalization;
using System.Reflection;
using System.Text;
using DakarCafe.Protocol;

namespace DakarCafe.Codegen;

/// <summary>
/// Writes the typed <c>api</c> object from the schema's <c>Api</c> manifest: <c>api.cart.addToCart</c> is a reference
/// carrying the function's name, kind, and (as types only) its arguments and result.
/// </summary>
internal sealed class ApiModule(SchemaDocs docs)
{
    public string Write(Type manifest)
    {
        var builder = new StringBuilder();
        builder.Append(CultureInfo.InvariantCulture, $"import {{ action, mutation, query }} from \"{TypeScriptFiles.ClientPackage}\";\n");
        builder.Append("import type * as t from \"./types\";\n\n");
        builder.Append("/** The app's public functions, by module: pass them to the client or to the React hooks. */\n");
        builder.Append("export const api = {\n");
        var nullability = new NullabilityInfoContext();
        foreach (var module in manifest.GetNestedTypes().OrderBy(m => m.Name, StringComparer.Ordinal))
        {
            builder.Append(CultureInfo.InvariantCulture, $"  {Camel(module.Name)}: {{\n");
            foreach (var property in module.GetProperties().OrderBy(p => p.Name, StringComparer.Ordinal))
            {
                var reference = (FunctionReference)property.GetValue(null)!;
                var resultNullable = nullability.Create(property).GenericTypeArguments[1].ReadState == NullabilityState.Nullable;
                var helper = reference.Type switch { FunctionType.Query => "query", FunctionType.Mutation => "mutation", _ => "action" };
                builder.Append(docs.Property(property, indent: "    "));
                builder.Append(CultureInfo.InvariantCulture, $"    {Camel(property.Name)}: {helper}<{TypeScriptTypes.Reference(reference.ArgsType, false, "t.")}, ")
                    .Append(CultureInfo.InvariantCulture, $"{TypeScriptTypes.Reference(reference.ResultType, resultNullable, "t.")}>(\"{reference.Name}\"),\n");
            }

            builder.Append("  },\n");
        }

        builder.Append("} as const;\n");
        return builder.ToString();
    }

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
