using System.Text.Json;
using System.Text.Json.Serialization;

namespace DakarCafe.Protocol;

/// <summary>
/// The hub's message options for SignalR's JSON protocol: enums travel by name, as SignalR's MessagePack protocol
/// sends them, so that the protocol reads the same in both encodings and in every SDK.
/// </summary>
public static class HubJson
{
    /// <summary>Applies the options to the JSON hub protocol's payload serializer (server and client alike).</summary>
    public static void Configure(JsonSerializerOptions options) => options.Converters.Add(new JsonStringEnumConverter());
}
