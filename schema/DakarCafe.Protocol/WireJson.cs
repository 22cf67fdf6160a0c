using System.Text.Json;
using System.Text.Json.Serialization;

namespace DakarCafe.Protocol;

/// <summary>
/// The one JSON shape of arguments and results on the wire: camelCase names, enums as camelCase strings, and
/// strict reading (no unknown fields, no missing required ones, no null where the type says non-null).
/// The engine writes and the SDKs read exactly this shape; the TypeScript SDK's generated types describe it.
/// </summary>
public static class WireJson
{
    /// <summary>The serializer options for arguments and results.</summary>
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            PropertyNameCaseInsensitive = false,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            RespectNullableAnnotations = true,
            RespectRequiredConstructorParameters = true,
            NumberHandling = JsonNumberHandling.Strict,
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
