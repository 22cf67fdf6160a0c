using System.Text.Json;
using System.Text.Json.Schema;
using DakarCafe.Engine.Functions;
using DakarCafe.Engine.Internal.Functions;
using DakarCafe.Protocol;

namespace DakarCafe.Engine.Internal.Dashboard;

/// <summary>The registry as the dashboard lists it: each function's kind, who may call it, and the JSON Schema of its arguments and result.</summary>
internal static class FunctionCatalog
{
    public static void Register(FunctionRegistry functions)
    {
        // The registry is fixed once the host runs, so the list is made once.
        IReadOnlyList<FunctionInfo>? catalog = null;
        functions.AdminQuery<NoDashboardArgs, IReadOnlyList<FunctionInfo>>("functions",
            (_, _, _) => Task.FromResult(catalog ??= [.. functions.All.OrderBy(f => f.Name, StringComparer.Ordinal).Select(Describe)]));
    }

    private static FunctionInfo Describe(FunctionDefinition function) =>
        new(function.Name, function.Kind.ToString().ToLowerInvariant(), function.Access.Description, Schema(function.ArgsType), Schema(function.ResultType));

    private static JsonElement Schema(Type type) =>
        JsonSerializer.SerializeToElement(JsonSchemaExporter.GetJsonSchemaAsNode(WireJson.Options, type));
}

/// <summary>A registered function as the dashboard shows it.</summary>
internal sealed record FunctionInfo(string Name, string Kind, string Access, JsonElement Args, JsonElement Result);
