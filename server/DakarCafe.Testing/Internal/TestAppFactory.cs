using System.Net;
using DakarCafe.Engine.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DakarCafe.Testing.Internal;

/// <summary>The app's own <c>Program</c> on Kestrel at 127.0.0.1 on a free port, over the test's database.</summary>
internal sealed class TestAppFactory<TProgram> : WebApplicationFactory<TProgram>
    where TProgram : class
{
    private readonly string _connectionString;
    private readonly TestAppOptions _options;

    public TestAppFactory(string connectionString, TestAppOptions options)
    {
        (_connectionString, _options) = (connectionString, options);
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, options.Port));
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting(PostgresEndpoint.ConnectionStringKey, _connectionString);
        // A fresh database: its schema is made at start, as in development.
        builder.UseSetting("Engine:Schema:AutoCreate", "true");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        if (_options.Clock is not null)
        {
            // Time moves only when the test says: due jobs run in AdvanceAsync, which counts them, never behind its back.
            builder.UseSetting("Engine:Limits:SchedulerInterval", Timeout.InfiniteTimeSpan.ToString());
        }

        foreach (var (key, value) in _options.Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            if (_options.Clock is { } clock)
            {
                services.RemoveAll<TimeProvider>();
                services.AddSingleton<TimeProvider>(clock);
            }

            TestIdentityAuthentication.AddTo(services);
            _options.Services?.Invoke(services);
        });
    }
}
