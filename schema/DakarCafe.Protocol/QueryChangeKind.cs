namespace DakarCafe.Protocol;

/// <summary>What a <see cref="QueryChange"/> does.</summary>
public enum QueryChangeKind
{
    /// <summary>Subscribe a query under a client-chosen id.</summary>
    Add = 0,

    /// <summary>Unsubscribe the query with that id.</summary>
    Remove = 1,
}
