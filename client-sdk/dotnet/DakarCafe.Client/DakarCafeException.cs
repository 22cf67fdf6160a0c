using DakarCafe.Protocol;

namespace DakarCafe.Client;

/// <summary>A function call failed on the server; <see cref="Error"/> carries its code, message and data.</summary>
public sealed class DakarCafeException : Exception
{
    /// <summary>Creates the exception for a server error.</summary>
    public DakarCafeException(ErrorInfo error) : base($"{error.Code}: {error.Message}") => Error = error;

    /// <summary>The server's structured error.</summary>
    public ErrorInfo Error { get; }

    /// <summary>The error's code (see <see cref="ErrorCodes"/>).</summary>
    public string Code => Error.Code;
}
