using System.Diagnostics.Metrics;
using System.Net;
using DakarCafe.Engine;
using DakarCafe.Engine.Metrics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DakarCafe.Bench;

/// <summary>
/// The server side of a benchmark, run as its own process so its CPU and memory are measured apart from the load
/// generator: the engine with <see cref="BenchModule"/>, a bare SignalR hub for the broadcast floor, and the engine's
/// query execution count on GET /bench/executions, and the reactor's cycle durations since the last call on GET /bench/cycles.
/// </summary>
internal static class BenchServer
{
    public const string FloorHubPath = "/bench-floor";

    public static async Task RunAsync(string connectionString, int port)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddDakarCafeEngine(connectionString, BenchModule.Register);
        var app = builder.Build();
        app.MapDakarCafeEngine();
        app.MapHub<FloorHub>(FloorHubPath);
        long executions = 0;
        var cycles = new List<double>();
        using var listener = new MeterListener();
        var meter = app.Services.GetRequiredService<EngineMetrics>().Meter;
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter == meter && instrument.Name is "dakarcafe.query.executions" or "dakarcafe.reactor.cycle_duration")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, value, _, _) => Interlocked.Add(ref executions, value));
        listener.SetMeasurementEventCallback<double>((_, value, _, _) =>
        {
            lock (cycles)
            {
                cycles.Add(value);
            }
        });
        listener.Start();
        app.MapGet("/bench/executions", () => Interlocked.Read(ref executions));
        app.MapGet("/bench/cycles", () =>
        {
            lock (cycles)
            {
                var taken = cycles.ToArray();
                cycles.Clear();
                return taken;
            }
        });
        await app.StartAsync();
        await Console.Out.WriteLineAsync("bench server listening");
        await app.WaitForShutdownAsync();
    }

    /// <summary>The broadcast floor: the same bytes to every connection, SignalR's cheapest fan-out.</summary>
    internal sealed class FloorHub : Hub
    {
        [HubMethodName("Broadcast")]
        public Task BroadcastAsync(byte[] payload) => Clients.All.SendAsync("Payload", payload);
    }
}
