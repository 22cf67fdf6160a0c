using System.Text.Json;
using DakarCafe.Engine.Errors;
using DakarCafe.Engine.Limits;
using DakarCafe.Protocol;

namespace DakarCafe.Engine.Internal.Execution;

/// <summary>Serializes function results to the wire's JSON, within the result size limit.</summary>
internal static class ResultSerializer
{
    public static byte[] Serialize(object? result, Type type, EngineLimits limits)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(result, type, WireJson.Options);
        return bytes.Length <= limits.MaxResultBytes ? bytes : throw AppError.LimitExceeded("resultBytes", limits.MaxResultBytes);
    }
}
