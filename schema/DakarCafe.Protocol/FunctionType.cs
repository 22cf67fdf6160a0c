namespace DakarCafe.Protocol;

/// <summary>What a function does: read (and can be subscribed to), write in one transaction, or reach the outside world.</summary>
public enum FunctionType
{
    /// <summary>Reads a consistent snapshot; clients subscribe to it.</summary>
    Query,

    /// <summary>Writes in one transaction, applied once per request id.</summary>
    Mutation,

    /// <summary>Calls the outside world; not transactional.</summary>
    Action,
}
