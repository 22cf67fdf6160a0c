namespace DakarCafe.Engine.Internal.Execution;

/// <summary>COMMIT was sent but its answer was lost (the connection broke): the receipt tells whether it happened.</summary>
internal sealed class CommitOutcomeUnknownException(Exception inner) : Exception("The outcome of a commit is unknown.", inner);
