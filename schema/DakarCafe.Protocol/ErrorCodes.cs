namespace DakarCafe.Protocol;

/// <summary>The engine's error codes; applications add their own beside them.</summary>
public static class ErrorCodes
{
    /// <summary>Arguments of the wrong shape: a missing, extra or wrongly typed field, named in the message and data.</summary>
    public const string Validation = "VALIDATION_ERROR";

    /// <summary>No function has that name.</summary>
    public const string UnknownFunction = "UNKNOWN_FUNCTION";

    /// <summary>The function needs a signed-in caller.</summary>
    public const string AuthRequired = "AUTH_REQUIRED";

    /// <summary>The caller is signed in but not allowed.</summary>
    public const string Forbidden = "FORBIDDEN";

    /// <summary>A mutation kept conflicting with concurrent ones after every retry.</summary>
    public const string Conflict = "CONFLICT";

    /// <summary>A limit was exceeded; the data names it.</summary>
    public const string LimitExceeded = "LIMIT_EXCEEDED";

    /// <summary>The message could not be read or is not part of the protocol.</summary>
    public const string BadRequest = "BAD_REQUEST";

    /// <summary>The caller sends too much; retry after the time in the data.</summary>
    public const string RateLimited = "RATE_LIMITED";

    /// <summary>The server has more work than it runs at once; nothing was done: retry after the time in the data.</summary>
    public const string Overloaded = "OVERLOADED";

    /// <summary>An unexpected failure; the server logged it under the correlation id.</summary>
    public const string Internal = "INTERNAL_ERROR";
}
