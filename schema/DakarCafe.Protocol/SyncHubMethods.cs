namespace DakarCafe.Protocol;

/// <summary>The hub's path and the names of its methods, in both directions.</summary>
public static class SyncHubMethods
{
    /// <summary>The path of the sync hub.</summary>
    public const string Path = "/sync";

    /// <summary>Client → server: <see cref="ConnectRequest"/>, answered with <see cref="ConnectResponse"/>.</summary>
    public const string Connect = "Connect";

    /// <summary>Client → server: <see cref="AuthenticateRequest"/>, answered with <see cref="AuthenticateResponse"/>.</summary>
    public const string Authenticate = "Authenticate";

    /// <summary>Client → server: <see cref="QuerySetModification"/>; results arrive as transitions.</summary>
    public const string ModifyQuerySet = "ModifyQuerySet";

    /// <summary>Client → server: a mutation <see cref="FunctionCall"/>, answered with a <see cref="FunctionResult"/>.</summary>
    public const string Mutation = "Mutation";

    /// <summary>Client → server: an action <see cref="FunctionCall"/>, answered with a <see cref="FunctionResult"/>.</summary>
    public const string Action = "Action";

    /// <summary>Client → server: a one-shot query <see cref="FunctionCall"/>, answered with a <see cref="FunctionResult"/>.</summary>
    public const string Query = "Query";

    /// <summary>Server → client: a <see cref="Protocol.Transition"/>.</summary>
    public const string Transition = "Transition";

    /// <summary>Server → client: an <see cref="ErrorInfo"/> about a message that has no answer of its own; the connection stays open.</summary>
    public const string ProtocolError = "ProtocolError";
}
