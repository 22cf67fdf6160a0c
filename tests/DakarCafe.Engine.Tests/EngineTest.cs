using DakarCafe.Client;
using DakarCafe.Engine.TestNode.Domain;
using DakarCafe.Fixtures;
using Microsoft.Extensions.DependencyInjection;

namespace DakarCafe.Engine.Tests;

/// <summary>
/// A test against the engine with <see cref="TestModule"/>'s functions, on a database of its own (created before
/// each test, so no test sees another's rows), served by a host on a real socket.
/// </summary>
public abstract class EngineTest(PostgresServer postgres) : IAsyncLifetime
{
    protected static readonly TimeSpan Patience = Deadlines.Patience;

    private readonly List<EngineTestHost> _hosts = [];

    protected EngineTestHost Host => _hosts[0];

    protected string ConnectionString { get; private set; } = "";

    protected ErrorLogCollector ErrorLogs { get; } = new();

    public virtual async ValueTask InitializeAsync()
    {
        ConnectionString = ForHosts(await postgres.CreateDatabaseAsync(GetType().Name));
        await StartHostAsync();
    }

    protected virtual void Configure(EngineBuilder engine)
    {
        TestModule.Register(engine);
        // Every test client comes from 127.0.0.1: only the rate-limit tests keep the production rates.
        (engine.Limits.MutationBurst, engine.Limits.SubscriptionBurst, engine.Limits.QueryBurst) = (1_000_000, 1_000_000, 1_000_000);
    }

    /// <summary>The connection string the hosts get (a test class may shrink their pool, say).</summary>
    protected virtual string ForHosts(string connectionString) => connectionString;

    /// <summary>Services a test class puts in its hosts before the engine's (an authenticator, a clock).</summary>
    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    /// <summary>Starts another node over the same database.</summary>
    protected async Task<EngineTestHost> StartHostAsync()
    {
        var host = await EngineTestHost.StartAsync(ConnectionString, Configure, ErrorLogs, ConfigureServices);
        _hosts.Add(host);
        return host;
    }

    protected Task<DakarCafeClient> ConnectAsync() => Host.ConnectAsync();

    protected static CancellationToken Within(TimeSpan? timeout = null) => Deadlines.Within(timeout);

    public virtual async ValueTask DisposeAsync()
    {
        foreach (var host in _hosts)
        {
            await host.DisposeAsync();
        }
    }
}
