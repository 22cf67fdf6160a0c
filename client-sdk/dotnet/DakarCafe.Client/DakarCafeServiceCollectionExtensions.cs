using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DakarCafe.Client;

/// <summary>Registers a <see cref="DakarCafeClient"/> in a host: one client per host, connected when the host starts and closed when it stops.</summary>
public static class DakarCafeServiceCollectionExtensions
{
    /// <summary>Adds a singleton <see cref="DakarCafeClient"/> built from <paramref name="options"/>, logging through the host's loggers.</summary>
    public static IServiceCollection AddDakarCafeClient(this IServiceCollection services, Func<IServiceProvider, DakarCafeClientOptions> options)
    {
        services.AddSingleton(sp => new DakarCafeClient(options(sp), sp.GetService<ILogger<DakarCafeClient>>()));
        services.AddHostedService<ClientConnection>();
        return services;
    }

    /// <summary>Adds a singleton <see cref="DakarCafeClient"/> with fixed options.</summary>
    public static IServiceCollection AddDakarCafeClient(this IServiceCollection services, DakarCafeClientOptions options) =>
        services.AddDakarCafeClient(_ => options);

    private sealed class ClientConnection(DakarCafeClient client) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => client.ConnectAsync(cancellationToken);

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
