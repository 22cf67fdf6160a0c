using System.Text.Json;
using DakarCafe.Protocol;

namespace DakarCafe.Engine.Errors;

/// <summary>
/// A failure a function reports on purpose: it reaches the client as <see cref="ErrorInfo"/> with its code, message
/// and data, and a mutation that throws it commits nothing.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1710", Justification = "AppError is the name function authors know from the seed and Convex.")]
public class AppError : Exception
{
    /// <summary>Creates an error with a code (see <see cref="ErrorCodes"/>), a message safe to show, and optional data.</summary>
    public AppError(string code, string message, object? data = null) : base(message)
    {
        Code = code;
        Details = data;
    }

    /// <summary>The error's code.</summary>
    public string Code { get; }

    /// <summary>Details serialized as JSON for the client, or null.</summary>
    public object? Details { get; }

    /// <summary>A field of the arguments is missing, extra or wrong.</summary>
    public static AppError Validation(string field, string message) =>
        new(ErrorCodes.Validation, message, new { field });

    /// <summary>A limit of the engine was exceeded.</summary>
    public static AppError LimitExceeded(string limit, long max) =>
        new(ErrorCodes.LimitExceeded, $"The limit '{limit}' ({max}) was exceeded.", new { limit, max });

    /// <summary>Converts to the wire form.</summary>
    public ErrorInfo ToErrorInfo() =>
        new(Code, Message, Details is null ? null : JsonSerializer.Serialize(Details, WireJson.Options));
}
