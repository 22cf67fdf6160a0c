namespace DakarCafe.Server.Tests.Health;

/// <summary>
/// Tests that read OpenTelemetry's exports run alone. OpenTelemetry .NET merges the instruments of every meter of one
/// name into one stream per provider, so a test server's provider also listens to the other test servers'
/// <c>DakarCafe.Engine</c> meters, and disposing any of them ends the merged stream for all
/// (open-telemetry/opentelemetry-dotnet#6412): a server disposed by a concurrent test would silence this one's. A
/// deployment runs one server per process, where this cannot happen.
/// </summary>
[CollectionDefinition(nameof(RunsAlone), DisableParallelization = true)]
public sealed class RunsAlone;
