using DakarCafe.Engine.Functions;
using DakarCafe.Engine.Internal.Functions;

namespace DakarCafe.Engine.Internal.Reactivity;

/// <summary>
/// One live query shared by every subscriber on this server with the same <see cref="QueryNodeKey"/>: one read set,
/// one current outcome and the one before it (the base of patches). After each reactor cycle at version V, every
/// node's outcome is the query's result at V. Owned by the reactor's loop.
/// </summary>
internal sealed class QueryNode(QueryNodeKey key, FunctionDefinition function, object args, CallerIdentity? runAs)
{
    public QueryNodeKey Key { get; } = key;

    public FunctionDefinition Function { get; } = function;

    public object Args { get; } = args;

    /// <summary>The identity the query runs as; null for a node shared across identities.</summary>
    public CallerIdentity? RunAs { get; } = runAs;

    public QueryOutcome? Outcome { get; private set; }

    public QueryOutcome? PreviousOutcome { get; private set; }

    /// <summary>The patch from <see cref="PreviousOutcome"/> to <see cref="Outcome"/>, when smaller than the value; computed once per change.</summary>
    public byte[]? Patch { get; private set; }

    public ReadSet? Reads { get; private set; }

    public HashSet<Subscription> Subscribers { get; } = [];

    /// <summary>True when the last run changed the outcome (so subscribers may need a push).</summary>
    public bool ChangedInCycle { get; set; }

    public void Record(QueryOutcome outcome, ReadSet reads)
    {
        Reads = reads;
        if (Outcome?.Hash == outcome.Hash)
        {
            return;
        }

        PreviousOutcome = Outcome;
        Outcome = outcome;
        Patch = PreviousOutcome?.Value is { } before && outcome.Value is { } after ? Protocol.JsonValuePatch.CreateIfSmaller(before, after) : null;
        ChangedInCycle = true;
    }
}
