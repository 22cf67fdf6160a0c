using DakarCafe.Auth;
using DakarCafe.Client;
using DakarCafe.Client.Auth;
using DakarCafe.Schema;
using FluentAssertions;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace DakarCafe.Fixtures;

/// <summary>A test against the real server (<c>Program</c>) on a database of its own, ready before the test starts.</summary>
public abstract class ShopTest(PostgresServer postgres) : IAsyncLifetime
{
    protected static readonly TimeSpan Patience = Deadlines.Patience;

    private readonly List<IAsyncDisposable> _owned = [];

    private DakarCafeClient? _staff;

    protected ShopServer Server { get; private set; } = null!;

    protected string ConnectionString { get; private set; } = "";

    protected TokenClient Tokens { get; private set; } = null!;

    private readonly List<string> _folders = [];

    /// <summary>The folder this test's servers keep uploaded files in (one per test, shared by its servers, deleted after it).</summary>
    protected string FilesRoot => _filesRoot ??= TempFolder("files");

    private string? _filesRoot;

    /// <summary>A temporary folder, deleted after the test.</summary>
    protected string TempFolder(string purpose)
    {
        var folder = TempFolders.Create(purpose);
        _folders.Add(folder);
        return folder;
    }

    /// <summary>Another empty database on the test's PostgreSQL server (for a second deployment).</summary>
    protected Task<string> CreateDatabaseAsync(string purpose) => postgres.CreateDatabaseAsync(purpose);

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

    /// <summary>Replaces the servers' services (a fake clock, say) after their own registrations.</summary>
    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    /// <summary>
    /// A server on this test's database; with <paramref name="port"/>, at that port (to restart one where its clients
    /// expect it); <paramref name="settings"/> add to (or override) <see cref="ServerSettings"/>.
    /// </summary>
    protected async Task<ShopServer> StartServerAsync(int port = 0, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var merged = new Dictionary<string, string?>(ServerSettings);
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            merged[key] = value;
        }

        merged.TryAdd("Engine:Files:Root", FilesRoot);
        settings = merged;
        var server = Own(await ShopServer.StartAsync(ConnectionString, settings: settings, port: port, services: ConfigureServices));
        return server;
    }

    /// <summary>The password of the accounts tests create.</summary>
    protected const string TestPassword = "Teranga-2026";

    /// <summary>Signs up a user with the role; returns their email (their password is <see cref="TestPassword"/>).</summary>
    protected async Task<string> CreateAccountAsync(string role, string? email = null)
    {
        email ??= $"{role}-{Guid.NewGuid():N}@example.sn";
        (await Tokens.SignUpAsync(email, TestPassword)).Status.Should().Be(System.Net.HttpStatusCode.Created);
        await Server.Services.GetRequiredService<AccountStore>().SetRoleAsync(email, role, Within());
        return email;
    }

    /// <summary>Signs up a user with the role and signs them in; returns their access token.</summary>
    protected async Task<string> SignInAsAsync(string role, string? email = null) =>
        (await Tokens.PasswordGrantAsync(await CreateAccountAsync(role, email), TestPassword)).Tokens!.AccessToken;

    /// <summary>A client signed in as an admin of its own, made on first use and kept for the test.</summary>
    protected async Task<DakarCafeClient> StaffAsync() => _staff ??= await ConnectAsync(await SignInAsAsync("admin"));

    /// <summary>A capsule staff add to the catalog at <paramref name="price"/> FCFA with <paramref name="stock"/> in stock; its id.</summary>
    protected async Task<Guid> CapsuleAsync(string name, long price, int stock = 10) =>
        await (await StaffAsync()).MutateAsync(Api.Products.Create, TestProducts.Capsule(name, price, stock: stock), Within());

    /// <summary>A live client, signed in with <paramref name="accessToken"/> when given.</summary>
    protected Task<DakarCafeClient> ConnectAsync(string? accessToken = null, ShopServer? server = null) =>
        ConnectToAsync((server ?? Server).BaseAddress, accessToken);

    /// <summary>A live client of the server at <paramref name="server"/> (another process, say), signed in with <paramref name="accessToken"/> when given.</summary>
    protected async Task<DakarCafeClient> ConnectToAsync(Uri server, string? accessToken = null)
    {
        var client = Own(new DakarCafeClient(new DakarCafeClientOptions
        {
            ServerUrl = server,
            TokenProvider = accessToken is null ? null : new FixedAccessToken(accessToken),
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

        _folders.ForEach(TempFolders.Delete);
    }
}
