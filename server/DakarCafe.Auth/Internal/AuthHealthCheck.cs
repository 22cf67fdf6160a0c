using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace DakarCafe.Auth.Internal;

/// <summary>"active" once the token server's stores and clients are in place.</summary>
internal sealed class AuthHealthCheck(AuthStoreInitializer initializer) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(initializer.Ready.IsCompletedSuccessfully
            ? HealthCheckResult.Healthy("active")
            : HealthCheckResult.Unhealthy("starting"));
}
