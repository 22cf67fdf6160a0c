using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace DakarCafe.Fixtures;

/// <summary>What a loopback provider is told to play next (per provider or channel), and the requests it counted.</summary>
public sealed class ProviderFaults
{
    private readonly ConcurrentDictionary<string, ConcurrentQueue<ProviderFault>> _faults = new();
    private readonly ConcurrentDictionary<string, int> _requests = new();

    public void FailNext(string provider, int count, HttpStatusCode status) => Enqueue(provider, count, new ProviderFault(status, TimeSpan.Zero));

    public void StallNext(string provider, int count, TimeSpan delay) => Enqueue(provider, count, new ProviderFault(null, delay));

    public int Requests(string provider) => _requests.GetValueOrDefault(provider);

    /// <summary>Counts a request to the provider; returns the fault it is to play, if one is queued.</summary>
    public ProviderFault? Enter(string provider)
    {
        _requests.AddOrUpdate(provider, 1, (_, n) => n + 1);
        return _faults.TryGetValue(provider, out var faults) && faults.TryDequeue(out var fault) ? fault : null;
    }

    /// <summary>Starts a Kestrel app on a free 127.0.0.1 port with the routes <paramref name="map"/> adds; returns it and its address.</summary>
    public static async Task<(WebApplication App, Uri BaseAddress)> StartLoopbackAsync(Action<WebApplication> map)
    {
        var port = TestPorts.FreeLoopback();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        map(app);
        await app.StartAsync();
        return (app, new Uri($"http://127.0.0.1:{port}/"));
    }

    private void Enqueue(string provider, int count, ProviderFault fault)
    {
        var faults = _faults.GetOrAdd(provider, _ => new ConcurrentQueue<ProviderFault>());
        for (var i = 0; i < count; i++)
        {
            faults.Enqueue(fault);
        }
    }
}

/// <summary>A failure to answer with (<see cref="Status"/>), or a stall of <see cref="Delay"/>.</summary>
public sealed record ProviderFault(HttpStatusCode? Status, TimeSpan Delay);
