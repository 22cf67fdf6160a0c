using DakarCafe.Auth;
using DakarCafe.Engine;
using DakarCafe.Schema.Health;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace DakarCafe.Server.Health;

/// <summary>GET /health: the seed's <c>healthCheck</c>, 200 when every part is healthy, 503 naming the part that is not.</summary>
internal static class HealthModule
{
    public static void MapHealthModule(this IEndpointRouteBuilder app) => app.MapGet("/health", async (
        HealthCheckService checks, TimeProvider time, CancellationToken ct) =>
    {
        var report = await checks.CheckHealthAsync(ct);
        var body = new ServiceHealth(
            Status: report.Status == HealthStatus.Healthy ? "healthy" : "unhealthy",
            Timestamp: time.GetUtcNow(),
            Database: Describe(report, EngineServiceCollectionExtensions.DatabaseHealthCheckName),
            Auth: Describe(report, AuthHostingExtensions.HealthCheckName));
        return Results.Json(body, statusCode: report.Status == HealthStatus.Healthy ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
    });


    private static string Describe(HealthReport report, string part) =>
        report.Entries.TryGetValue(part, out var entry) ? entry.Description ?? entry.Status.ToString() : "not configured";
}
