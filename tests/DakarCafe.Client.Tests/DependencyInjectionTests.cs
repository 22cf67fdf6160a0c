using DakarCafe.Fixtures;
using DakarCafe.Schema;
using DakarCafe.Schema.Products;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DakarCafe.Client.Tests;

public sealed class DependencyInjectionTests(PostgresServer postgres) : ShopTest(postgres)
{
    [Fact]
    public async Task A_host_registers_connects_and_logs_the_client()
    {
        var logs = new LogLines();
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders().AddProvider(logs).SetMinimumLevel(LogLevel.Information);
        builder.Services.AddDakarCafeClient(new DakarCafeClientOptions { ServerUrl = Server.BaseAddress });
        using var host = builder.Build();

        await host.StartAsync(Within());
        var client = host.Services.GetRequiredService<DakarCafeClient>();
        var products = await client.QueryAsync(Api.Products.GetProducts, new GetProductsArgs(), Within());
        await host.StopAsync(Within());

        client.State.Should().Be(HubConnectionState.Connected);
        products.Total.Should().Be(0);
        logs.Lines.Should().Contain(l => l.StartsWith($"Connected to {Server.BaseAddress}", StringComparison.Ordinal));
    }

    private sealed class LogLines : ILoggerProvider
    {
        private readonly List<string> _lines = [];

        public IReadOnlyList<string> Lines
        {
            get
            {
                lock (_lines)
                {
                    return [.. _lines];
                }
            }
        }

        public ILogger CreateLogger(string categoryName) => new Logger(this);

        public void Dispose()
        {
        }

        private sealed class Logger(LogLines owner) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                lock (owner._lines)
                {
                    owner._lines.Add(formatter(state, exception));
                }
            }
        }
    }
}
