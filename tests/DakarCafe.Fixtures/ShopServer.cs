using DakarCafe.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit;

namespace DakarCafe.Fixtures;

/// <summary>
/// The real shop server (its <c>Program</c>) under test, started by the testing package as any app's would be: on
/// 127.0.0.1 over the given database, with the shop's test defaults (no sample data unless asked, rate limits out
/// of the way) and its error logs collected.
/// </summary>
public sealed class ShopServer : IAsyncDisposable
{
    private readonly DakarCafeTestApp<Program> _app;

    private ShopServer(DakarCafeTestApp<Program> app, ErrorLogCollector errorLogs) => (_app, ErrorLogs) = (app, errorLogs);

    /// <summary>The errors the server logged.</summary>
    public ErrorLogCollector ErrorLogs { get; }

    /// <summary>The address the server listens on, such as http://127.0.0.1:41234.</summary>
    public Uri BaseAddress => _app.BaseAddress;

    /// <summary>The server's services.</summary>
    public IServiceProvider Services => _app.Services;

    /// <summary>Starts the shop and, unless told not to, waits until it serves (engine and token server ready).</summary>
    /// <param name="connectionString">The database.</param>
    /// <param name="loadSampleData">Whether the sample catalog and accounts are loaded.</param>
    /// <param name="settings">Configuration beside the test defaults.</param>
    /// <param name="port">The port to listen on, to restart a server where its clients expect it; 0 picks a free one.</param>
    /// <param name="services">Replaces services (a fake clock, say) after the server's own registrations.</param>
    /// <param name="waitUntilServing">False returns at once, for a server whose database is not up yet.</param>
    public static async Task<ShopServer> StartAsync(string connectionString, bool loadSampleData = false, IReadOnlyDictionary<string, string?>? settings = null,
        int port = 0, Action<IServiceCollection>? services = null, bool waitUntilServing = true)
    {
        var errorLogs = new ErrorLogCollector();
        var app = await DakarCafeTestApp.StartAsync<Program>(options =>
        {
            options.Database = connectionString;
            options.Port = port;
            options.WaitUntilServing = waitUntilServing;
            options.Settings["SampleData:Load"] = loadSampleData ? "true" : "false";
            options.Settings["Engine:Limits:MutationBurst"] = "1000000";
            options.Settings["Engine:Limits:SubscriptionBurst"] = "1000000";
            options.Settings["Engine:Limits:QueryBurst"] = "1000000";
            options.Settings["Auth:SignUpBurstPerAddress"] = "1000000";
            foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            {
                options.Settings[key] = value;
            }

            options.Services = collection =>
            {
                collection.AddSingleton<ILoggerProvider>(errorLogs);
                services?.Invoke(collection);
            };
        }, TestContext.Current.CancellationToken);
        return new ShopServer(app, errorLogs);
    }

    /// <summary>Runs the scheduled jobs that are due now (for tests whose scheduler does not tick by itself); returns how many ran.</summary>
    public Task<int> RunDueJobsAsync(CancellationToken ct) => _app.RunDueJobsAsync(ct);

    /// <summary>Runs an action as the server itself (internal functions included), as a scheduled job would.</summary>
    public Task<TResult> ActAsServerAsync<TResult>(string function, object args, CancellationToken ct) => _app.ActAsServerAsync<TResult>(function, args, ct);

    /// <summary>A plain HTTP client over a real socket to <see cref="BaseAddress"/>.</summary>
    public HttpClient CreateSocketClient() => _app.CreateHttpClient();

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
