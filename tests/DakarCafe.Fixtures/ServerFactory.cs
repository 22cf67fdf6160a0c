using System.Net;
using DakarCafe.Engine.Functions;
using DakarCafe.Engine.Internal.Scheduling;
using DakarCafe.Engine.Storage;
using DakarCafe.Server;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DakarCafe.Fixtures;

/// <summary>The real server (<c>Program</c>) on Kestrel at 127.0.0.1 on a free port, over the given database.</summary>
public sealed class ServerFactory : WebApplicationFactory<Program>
{
    private readonly string _connectionString;
    private readonly bool _loadSampleData;

    private readonly IReadOnlyDictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _services;

    /// <param name="connectionString">The database.</param>
    /// <param name="loadSampleData">Whether the sample catalog and accounts are loaded.</param>
    /// <param name="settings">Configuration beside the test defaults.</param>
    /// <param name="port">The port to listen on, to restart a server where its clients expect it; 0 picks a free one.</param>
    /// <param name="services">Replaces services (a fake clock, say) after the server's own registrations.</param>
    public ServerFactory(string connectionString, bool loadSampleData = false, IReadOnlyDictionary<string, string?>? settings = null, int port = 0,
        Action<IServiceCollection>? services = null)
    {
        _services = services;
        _connectionString = connectionString;
        _loadSampleData = loadSampleData;
        _settings = settings ?? new Dictionary<string, string?>();
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        StartServer();
        BaseAddress = new Uri(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    }

    /// <summary>The errors the server logged.</summary>
    public ErrorLogCollector ErrorLogs { get; } = new();

    /// <summary>The address the server listens on, such as http://127.0.0.1:41234.</summary>
    public Uri BaseAddress { get; }

    /// <summary>Completes once the engine and the token server have their schemas, clients and starting version.</summary>
    public Task WaitUntilReadyAsync() => Services.WaitUntilReadyAsync(TimeSpan.FromSeconds(60));

    /// <summary>Runs the scheduled jobs that are due now (for tests whose scheduler does not tick by itself); returns how many ran.</summary>
    public Task<int> RunDueJobsAsync(CancellationToken ct) => Services.GetRequiredService<JobRunner>().RunDueAsync(ct);

    /// <summary>Runs an action as the server itself (internal functions included), as a scheduled job would.</summary>
    public Task<TResult> ActAsServerAsync<TResult>(string function, object args, CancellationToken ct) =>
        Services.GetRequiredService<IFunctionCaller>().ActAsync<TResult>(function, args, CallerIdentity.Anonymous with { IsServerCall = true }, ct);

    /// <summary>A plain HTTP client over a real socket to <see cref="BaseAddress"/>.</summary>
    public HttpClient CreateSocketClient() => new() { BaseAddress = BaseAddress };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting(PostgresEndpoint.ConnectionStringKey, _connectionString);
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("SampleData:Load", _loadSampleData ? "true" : "false");
        builder.UseSetting("Engine:Limits:MutationBurst", "1000000");
        builder.UseSetting("Engine:Limits:SubscriptionBurst", "1000000");
        builder.UseSetting("Engine:Limits:QueryBurst", "1000000");
        builder.UseSetting("Auth:SignUpBurstPerAddress", "1000000");
        builder.ConfigureLogging(logging => logging.AddProvider(ErrorLogs));
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        if (_services is not null)
        {
            builder.ConfigureTestServices(_services);
        }
    }
}
