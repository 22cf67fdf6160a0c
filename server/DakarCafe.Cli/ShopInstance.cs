using DakarCafe.Engine.Storage;
using DakarCafe.Server;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace DakarCafe.Cli;

/// <summary>
/// The shop server, built exactly as <c>Program.cs</c> builds it, running in the CLI's process for one command on
/// 127.0.0.1 only (a free port): its schema is in place and its services are at hand, and it stops with the command.
/// </summary>
internal sealed class ShopInstance : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly PostgresEndpoint _postgres;

    private ShopInstance(WebApplication app, PostgresEndpoint postgres) => (_app, _postgres) = (app, postgres);

    public IServiceProvider Services => _app.Services;

    public static async Task<ShopInstance> StartAsync(DeploymentSettings settings, IReadOnlyDictionary<string, string?>? configuration = null)
    {
        var contentRoot = Path.GetFullPath(settings.ContentRoot ?? Directory.GetCurrentDirectory());
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = contentRoot, Args = [] });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>(configuration ?? new Dictionary<string, string?>())
        {
            [PostgresEndpoint.ConnectionStringKey] = settings.Database,
            ["Logging:LogLevel:Default"] = "Warning",
        });
        builder.Logging.ClearProviders().AddSimpleConsole().SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var postgres = await PostgresEndpoint.OpenAsync(builder.Configuration, contentRoot, NullLogger.Instance);
        builder.AddShop(postgres.ConnectionString);
        var app = builder.Build();
        app.MapShop();
        await app.StartAsync();
        await app.Services.WaitUntilReadyAsync(TimeSpan.FromMinutes(2));
        return new ShopInstance(app, postgres);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        await _postgres.DisposeAsync();
    }
}
