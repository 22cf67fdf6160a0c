using DakarCafe.Engine.Storage;
using DakarCafe.Server;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Spectre.Console;

namespace DakarCafe.Cli;

/// <summary>
/// The shop server, built exactly as <c>Program.cs</c> builds it, running in the CLI's process for one command on
/// 127.0.0.1 only (a free port): its schema is in place and its services are at hand, and it stops with the command.
/// Beside a running server on the same embedded database it is one more node on that server's PostgreSQL, which it
/// leaves running. Its logs stay at Warning and go to standard error: standard output is the command's own.
/// </summary>
internal sealed class ShopInstance : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly PostgresEndpoint _postgres;
    private readonly bool _started;

    private ShopInstance(WebApplication app, PostgresEndpoint postgres, bool started) => (_app, _postgres, _started) = (app, postgres, started);

    public IServiceProvider Services => _app.Services;

    /// <summary>Starts the shop on the deployment the settings name; null (with a line saying why) when they name none.</summary>
    public static Task<ShopInstance?> StartAsync(DeploymentSettings settings) => OpenAsync(settings, start: true);

    /// <summary>
    /// The shop's services, configured as the server configures them, without starting it: nothing touches the
    /// schema (for db-patch and db-apply). Null, with a line saying why, when the settings name no deployment.
    /// </summary>
    public static Task<ShopInstance?> BuildAsync(DeploymentSettings settings) => OpenAsync(settings, start: false);

    private static async Task<ShopInstance?> OpenAsync(DeploymentSettings settings, bool start)
    {
        if (settings.FindContentRoot() is not { } contentRoot)
        {
            return null;
        }

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = contentRoot, Args = [] });
        var quiet = builder.Configuration.GetSection("Logging:LogLevel").GetChildren().ToDictionary(level => level.Path, _ => (string?)"Warning");
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>(quiet)
        {
            [PostgresEndpoint.ConnectionStringKey] = settings.Database,
            ["Logging:LogLevel:Default"] = "Warning",
            ["SampleData:Load"] = "false",
        });
        builder.Logging.ClearProviders().AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace).SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var postgres = await PostgresEndpoint.OpenAsync(builder.Configuration, contentRoot, NullLogger.Instance);
        if (postgres.LocalCluster is { } cluster)
        {
            AnsiConsole.MarkupLine(cluster.IsOwner
                ? $"[grey]Embedded database in {Markup.Escape(cluster.DataDirectory)}{(cluster.WasInitialized ? " (created now, empty)" : "")}, started for this command.[/]"
                : $"[grey]Embedded database in {Markup.Escape(cluster.DataDirectory)}, the running server's (left running).[/]");
        }

        builder.AddShop(postgres.ConnectionString);
        var app = builder.Build();
        if (!start)
        {
            return new ShopInstance(app, postgres, started: false);
        }

        app.MapShop();
        await app.StartAsync();
        var ready = app.Services.WaitUntilReadyAsync(TimeSpan.FromMinutes(2));
        var stopped = Task.Delay(Timeout.Infinite, app.Lifetime.ApplicationStopping);
        if (await Task.WhenAny(ready, stopped) != ready)
        {
            // The server gave up starting (a schema this version does not expect, say); it logged why above.
            await app.DisposeAsync();
            await postgres.DisposeAsync();
            throw new InvalidOperationException("The deployment could not be opened; the lines above say why.");
        }

        await ready;
        return new ShopInstance(app, postgres, started: true);
    }

    public async ValueTask DisposeAsync()
    {
        if (_started)
        {
            await _app.StopAsync();
        }

        await _app.DisposeAsync();
        await _postgres.DisposeAsync();
    }
}
