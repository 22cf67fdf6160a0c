using DakarCafe.Client;
using DakarCafe.Server.Auth;
using DakarCafe.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace DakarCafe.Server.Tests;

/// <summary>A test against the real server (<c>Program</c>) on a database of its own, ready before the test starts.</summary>
public abstract class ShopTest(PostgresServer postgres) : IAsyncLifetime
{
    protected static readonly TimeSpan Patience = Deadlines.Patience;

    private readonly List<IAsyncDisposable> _owned = [];

    protected ServerFactory Server { get; private set; } = null!;

    protected string ConnectionString { get; private set; } = "";

    protected TokenClient Tokens { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        ConnectionString = await postgres.CreateDatabaseAsync(GetType().Name);
        await BeforeServerStartsAsync();
        Server = await StartServerAsync();
        Tokens = new TokenClient(Server.CreateSocketClient());
    }

    /// <summary>Starts what the server needs to find running (a loopback provider, say); its settings go in <see cref="ServerSettings"/>.</summary>
    protected virtual Task BeforeServerStartsAsync() => Task.CompletedTask;

    /// <summary>Configuration the test class's servers start with, beside the test defaults.</summary>
    protected virtual IReadOnlyDictionary<string, string?> ServerSettings { get; } = new Dictionary<string, string?>();

    protected async Task<ServerFactory> StartServerAsync()
    {
        var server = Own(new ServerFactory(ConnectionString, settings: ServerSettings));
        await server.WaitUntilReadyAsync();
        return server;
    }

    /// <summary>Signs up a user with the role and signs them in; returns their access token.</summary>
    protected async Task<string> SignInAsAsync(string role, string? email = null)
    {
        email ??= $"{role}-{Guid.NewGuid():N}@example.sn";
        (await Tokens.SignUpAsync(email, "Teranga-2026")).Status.Should().Be(System.Net.HttpStatusCode.Created);
        await Server.Services.GetRequiredService<AccountStore>().SetRoleAsync(email, role, Within());
        return (await Tokens.PasswordGrantAsync(email, "Teranga-2026")).Tokens!.AccessToken;
    }

    /// <summary>A live client, signed in with <paramref name="accessToken"/> when given.</summary>
    protected async Task<DakarCafeClient> ConnectAsync(string? accessToken = null, ServerFactory? server = null)
    {
        var client = Own(new DakarCafeClient(new DakarCafeClientOptions
        {
            ServerUrl = (server ?? Server).BaseAddress,
            AccessTokenProvider = accessToken is null ? null : () => Task.FromResult<string?>(accessToken),
        }));
        await client.ConnectAsync(Within());
        return client;
    }

    protected T Own<T>(T resource) where T : IAsyncDisposable
    {
        _owned.Add(resource);
        return resource;
    }

    protected static CancellationToken Within(TimeSpan? timeout = null) => Deadlines.Within(timeout);

    public async ValueTask DisposeAsync()
    {
        foreach (var resource in Enumerable.Reverse(_owned))
        {
            await resource.DisposeAsync();
        }
    }
}
