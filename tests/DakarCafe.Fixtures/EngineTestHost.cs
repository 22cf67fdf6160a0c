using System.Net;
using DakarCafe.Client;
using DakarCafe.Engine;
using DakarCafe.Engine.Internal.Reactivity;
using DakarCafe.Engine.Metrics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DakarCafe.Fixtures;

/// <summary>
/// A server made of the engine and the functions a test declares, on Kestrel at 127.0.0.1 on a free port, over a
/// real database. Clients reach it over real sockets. Several hosts over one database are several nodes.
/// </summary>
public sealed class EngineTestHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly List<DakarCafeClient> _clients = [];

    private EngineTestHost(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
        Metrics = new MetricsRecorder(app.Services.GetRequiredService<EngineMetrics>());
    }

    public Uri BaseAddress { get; }

    public IServiceProvider Services => _app.Services;

    /// <summary>The engine's counters since this host started.</summary>
    public MetricsRecorder Metrics { get; }

    public static async Task<EngineTestHost> StartAsync(string connectionString, Action<EngineBuilder> configure, ErrorLogCollector? errors = null,
        Action<IServiceCollection>? services = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders().SetMinimumLevel(LogLevel.Warning);
        if (errors is not null)
        {
            builder.Logging.AddProvider(errors);
        }

        services?.Invoke(builder.Services);
        builder.Services.AddDakarCafeEngine(connectionString, configure);
        var app = builder.Build();
        app.MapDakarCafeEngine();
        await app.StartAsync();
        await app.Services.GetRequiredService<Reactor>().Ready.WaitAsync(TimeSpan.FromSeconds(60));
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new EngineTestHost(app, new Uri(address));
    }

    /// <summary>A connected client over MessagePack (or JSON), disposed with the host.</summary>
    public async Task<DakarCafeClient> ConnectAsync(bool json = false, string? sessionId = null)
    {
        var client = new DakarCafeClient(new DakarCafeClientOptions
        {
            ServerUrl = BaseAddress,
            UseJsonProtocol = json,
            SessionId = sessionId ?? Guid.NewGuid().ToString("N"),
        });
        await client.ConnectAsync();
        lock (_clients)
        {
            _clients.Add(client);
        }

        return client;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var client in _clients)
        {
            await client.DisposeAsync();
        }

        await _app.StopAsync();
        await _app.DisposeAsync();
        Metrics.Dispose();
    }
}
