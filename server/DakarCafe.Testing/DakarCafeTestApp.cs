using DakarCafe.Client;
using DakarCafe.Client.Auth;
using DakarCafe.Engine;
using DakarCafe.Engine.Functions;
using DakarCafe.Engine.Internal.Scheduling;
using DakarCafe.Protocol;
using DakarCafe.Testing.Internal;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace DakarCafe.Testing;

/// <summary>Starts apps under test.</summary>
public static class DakarCafeTestApp
{
    /// <summary>
    /// Starts the app whose entry point is <typeparamref name="TProgram"/> over a fresh database and waits until it
    /// serves (schema made, starting version read).
    /// </summary>
    public static Task<DakarCafeTestApp<TProgram>> StartAsync<TProgram>(Action<TestAppOptions>? configure = null, CancellationToken ct = default)
        where TProgram : class => DakarCafeTestApp<TProgram>.StartAsync(configure, ct);
}

/// <summary>
/// An app under test: its own <c>Program</c>, on 127.0.0.1 on a free port, over a fresh database of a private
/// PostgreSQL this package starts once per test process (and stops when it ends), in Development. Clients connect
/// over real sockets as any <see cref="TestIdentity"/>, with no sign-in; their subscriptions are live
/// (<c>await subscription.WaitForAsync(...)</c>). Dispose it at the end of the test.
/// </summary>
/// <typeparam name="TProgram">The app's entry point (<c>public partial class Program;</c> beside its top-level statements).</typeparam>
public sealed class DakarCafeTestApp<TProgram> : IAsyncDisposable where TProgram : class
{
    private static readonly TimeSpan ServingTimeout = TimeSpan.FromSeconds(60);
    private readonly TestAppFactory<TProgram> _factory;
    private readonly List<DakarCafeClient> _clients = [];

    private DakarCafeTestApp(TestAppFactory<TProgram> factory, FakeTimeProvider? clock)
    {
        _factory = factory;
        Clock = clock;
        BaseAddress = new Uri(factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    }

    /// <summary>Where the app listens, such as http://127.0.0.1:41234.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The app's services.</summary>
    public IServiceProvider Services => _factory.Services;

    /// <summary>The fake clock the app runs on, when <see cref="TestAppOptions.Clock"/> gave one.</summary>
    public FakeTimeProvider? Clock { get; }

    /// <summary>Starts the app and waits until it serves; see <see cref="DakarCafeTestApp.StartAsync{TProgram}"/>.</summary>
    internal static async Task<DakarCafeTestApp<TProgram>> StartAsync(Action<TestAppOptions>? configure, CancellationToken ct)
    {
        var options = new TestAppOptions();
        configure?.Invoke(options);
        var database = options.Database ?? await TestPostgres.CreateDatabaseAsync(ct);
        var factory = new TestAppFactory<TProgram>(database, options);
        try
        {
            factory.StartServer();
            if (options.WaitUntilServing)
            {
                await factory.Services.GetRequiredService<EngineReadiness>().Serving.WaitAsync(ServingTimeout, ct);
            }

            return new DakarCafeTestApp<TProgram>(factory, options.Clock);
        }
        catch
        {
            await factory.DisposeAsync();
            throw;
        }
    }

    /// <summary>A plain HTTP client over a real socket to <see cref="BaseAddress"/> (for the app's own endpoints), disposed by the caller.</summary>
    public HttpClient CreateHttpClient() => new() { BaseAddress = BaseAddress };

    /// <summary>A client connected as <paramref name="identity"/> (anonymous when null), disposed with the app.</summary>
    public async Task<DakarCafeClient> ConnectAsync(TestIdentity? identity = null, CancellationToken ct = default)
    {
        var client = new DakarCafeClient(new DakarCafeClientOptions
        {
            ServerUrl = BaseAddress,
            TokenProvider = identity is null ? null : new FixedAccessToken(identity.AccessToken),
        });
        lock (_clients)
        {
            _clients.Add(client);
        }

        await client.ConnectAsync(ct);
        return client;
    }

    /// <summary>Runs a mutation of the app's <c>Api</c> as the server itself, as a scheduled job or a webhook would.</summary>
    public Task<TResult> MutateAsServerAsync<TArgs, TResult>(MutationReference<TArgs, TResult> function, TArgs args, CancellationToken ct = default)
        where TArgs : notnull => MutateAsServerAsync<TResult>(function.Name, args, ct);

    /// <summary>Runs a query of the app's <c>Api</c> once as the server itself.</summary>
    public Task<TResult> QueryAsServerAsync<TArgs, TResult>(QueryReference<TArgs, TResult> function, TArgs args, CancellationToken ct = default)
        where TArgs : notnull => QueryAsServerAsync<TResult>(function.Name, args, ct);

    /// <summary>Runs a mutation by name as the server itself (internal ones, which no <c>Api</c> names, included).</summary>
    public Task<TResult> MutateAsServerAsync<TResult>(string function, object args, CancellationToken ct = default) =>
        Services.GetRequiredService<IFunctionCaller>().MutateAsync<TResult>(function, args, CallerIdentity.Anonymous, ct);

    /// <summary>Runs a query by name once as the server itself (internal ones included).</summary>
    public Task<TResult> QueryAsServerAsync<TResult>(string function, object args, CancellationToken ct = default) =>
        Services.GetRequiredService<IFunctionCaller>().QueryAsync<TResult>(function, args, CallerIdentity.Anonymous, ct);

    /// <summary>Runs an action of the app's <c>Api</c> as the server itself.</summary>
    public Task<TResult> ActAsServerAsync<TArgs, TResult>(ActionReference<TArgs, TResult> function, TArgs args, CancellationToken ct = default)
        where TArgs : notnull => ActAsServerAsync<TResult>(function.Name, args, ct);

    /// <summary>Runs an action by name as the server itself (internal ones included).</summary>
    public Task<TResult> ActAsServerAsync<TResult>(string function, object args, CancellationToken ct = default) =>
        Services.GetRequiredService<IFunctionCaller>().ActAsync<TResult>(function, args, CallerIdentity.Anonymous, ct);

    /// <summary>Moves the fake clock forward, then runs the scheduled jobs and crons that became due; returns how many ran.</summary>
    public async Task<int> AdvanceAsync(TimeSpan by, CancellationToken ct = default)
    {
        var clock = Clock ?? throw new InvalidOperationException("The app runs on the machine's clock: give TestAppOptions.Clock a FakeTimeProvider to move time.");
        clock.Advance(by);
        return await RunDueJobsAsync(ct);
    }

    /// <summary>Runs the scheduled jobs and crons due now by the app's clock; returns how many ran.</summary>
    public Task<int> RunDueJobsAsync(CancellationToken ct = default) => Services.GetRequiredService<JobRunner>().RunDueAsync(ct);

    /// <summary>Disconnects the clients, stops the app; its database stays until the test process ends.</summary>
    public async ValueTask DisposeAsync()
    {
        List<DakarCafeClient> clients;
        lock (_clients)
        {
            clients = [.. _clients];
        }

        foreach (var client in clients)
        {
            await client.DisposeAsync();
        }

        await _factory.DisposeAsync();
    }
}
