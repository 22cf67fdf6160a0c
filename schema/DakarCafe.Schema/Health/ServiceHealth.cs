namespace DakarCafe.Schema.Health;

/// <summary>The answer of GET /health (the seed's <c>healthCheck</c>).</summary>
/// <param name="Status">"healthy" when every part is, else "unhealthy".</param>
/// <param name="Timestamp">When the check ran (UTC).</param>
/// <param name="Database">"connected", or what is wrong with the database.</param>
/// <param name="Auth">The token server's state.</param>
public sealed record ServiceHealth(string Status, DateTimeOffset Timestamp, string Database, string Auth);
