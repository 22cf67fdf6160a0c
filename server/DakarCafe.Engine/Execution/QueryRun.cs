using DakarCafe.Engine.Reactivity;

namespace DakarCafe.Engine.Execution;

/// <summary>A query run: its outcome, what it read, and whether its failure aborted the transaction it ran in.</summary>
internal sealed record QueryRun(QueryOutcome Outcome, ReadSet Reads, bool BrokeTransaction);
