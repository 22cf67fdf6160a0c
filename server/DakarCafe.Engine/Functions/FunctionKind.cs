namespace DakarCafe.Engine.Functions;

/// <summary>The three kinds of function.</summary>
public enum FunctionKind
{
    /// <summary>Read-only and deterministic; may be subscribed to.</summary>
    Query,

    /// <summary>Reads and writes in one transaction; applied once per request id.</summary>
    Mutation,

    /// <summary>May call the outside world; not transactional.</summary>
    Action,
}
