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

    /// <summary>What the call names does not exist (or is not the caller's to see); the data names the field.</summary>
    public const string NotFound = "NOT_FOUND";

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

    /// <summary>The database cannot be reached right now (it is restarting or away); nothing was done: retry after the time in the data.</summary>
    public const string Unavailable = "UNAVAILABLE";

    /// <summary>An unexpected failure; the server logged it under the correlation id.</summary>
    public const string Internal = "INTERNAL_ERROR";

    /// <summary>Raised by a client: it was closed before the call was answered (a mutation already sent may or may not have been applied).</summary>
    public const string ClientClosed = "CLIENT_CLOSED";

    /// <summary>Raised by a client: no connection, or no answer, within the call's timeout (a mutation may still be applied: resend it under its request id).</summary>
    public const string Timeout = "TIMEOUT";

    /// <summary>Raised by a client: the connection was lost after an action was sent; actions are never resent, so it may or may not have run.</summary>
    public const string Disconnected = "DISCONNECTED";
}
