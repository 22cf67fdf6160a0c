using DakarCafe.Engine.Internal.Reactivity;

namespace DakarCafe.Engine.Internal.Execution;

/// <summary>A query run: its outcome, what it read, and whether its failure aborted the transaction it ran in.</summary>
internal sealed record QueryRun(QueryOutcome Outcome, ReadSet Reads, bool BrokeTransaction);
