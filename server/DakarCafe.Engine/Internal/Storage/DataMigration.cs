using Marten;

namespace DakarCafe.Engine.Internal.Storage;

/// <summary>
/// A versioned, run-once change to the data (a backfill, a renamed value): declared with
/// <see cref="EngineBuilder.DataMigration"/>, run at start-up by <see cref="SchemaInstaller"/> in name order, each in one transaction with its record
/// in <c>dakarcafe.migrations</c>, so every deployment runs it exactly once, whichever node starts first. Its writes
/// go through the commit log like any other, so live queries see them.
/// </summary>
/// <param name="Name">Orders and records it; by convention a date and a description, such as <c>2026-12-02-lowercase-emails</c>.</param>
/// <param name="RunAsync">The change, in a session whose writes commit with the record.</param>
internal sealed record DataMigration(string Name, Func<IDocumentSession, CancellationToken, Task> RunAsync);
