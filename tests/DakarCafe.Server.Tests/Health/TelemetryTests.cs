using System.Text;
using System.Text.RegularExpressions;
using DakarCafe.Client;
using DakarCafe.Fixtures;
using DakarCafe.Schema;
using DakarCafe.Schema.Categories;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace DakarCafe.Server.Tests.Health;

[Collection(nameof(RunsAlone))]
public sealed class TelemetryTests(PostgresServer postgres) : ShopTest(postgres)
{
    private readonly LogLines _functionLogs = new("DakarCafe.Functions");
    private readonly LogLines _requestLogs = new("DakarCafe.Requests");

    protected override IReadOnlyDictionary<string, string?> ServerSettings { get; } = new Dictionary<string, string?>
    {
        ["Logging:LogLevel:DakarCafe.Functions"] = "Debug",
        ["Logging:LogLevel:DakarCafe.Requests"] = "Information",
    };

    protected override void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton<ILoggerProvider>(_functionLogs);
        services.AddSingleton<ILoggerProvider>(_requestLogs);
    }

    [Fact]
    public async Task Every_function_call_is_logged_with_its_outcome_time_and_a_correlation_id()
    {
        var client = await ConnectAsync(await SignInAsAsync("user"));
        await client.QueryAsync(Api.Categories.GetCategoryTree, new NoArgs(), Within());
        var missing = () => client.QueryAsync(Api.Categories.GetCategoryBySlug, new CategorySlugArgs("nope"), Within());
        await missing.Should().ThrowAsync<DakarCafeException>();
        await client.MutateAsync(Api.Cart.ClearCart, new NoArgs(), Within());

        _functionLogs.Lines.Should().Contain(l => l.StartsWith("query categories:getCategoryTree answered ok in ", StringComparison.Ordinal));
        _functionLogs.Lines.Should().Contain(l => l.StartsWith("query categories:getCategoryBySlug answered NOT_FOUND in ", StringComparison.Ordinal));
        _functionLogs.Lines.Should().Contain(l => l.StartsWith("mutation cart:clearCart answered ok in ", StringComparison.Ordinal));
        _functionLogs.Lines.Should().OnlyContain(l => Regex.IsMatch(l, @"\(correlation id [\w:-]+\)$"));
    }

    [Fact]
    public async Task A_sync_connection_is_logged_when_its_handshake_is_answered_and_again_when_it_closes()
    {
        var client = await ConnectAsync();
        await client.QueryAsync(Api.Categories.GetCategoryTree, new NoArgs(), Within());
        _requestLogs.Lines.Should().ContainSingle(l => l.StartsWith("GET /sync answered 101 in ", StringComparison.Ordinal),
            "the handshake is logged when it is answered, not when the socket closes");
        _requestLogs.Lines.Should().NotContain(l => l.Contains("WebSocket closed", StringComparison.Ordinal));

        await client.DisposeAsync();
        await Deadlines.UntilAsync(() => _requestLogs.Lines.Any(l => l.StartsWith("GET /sync: WebSocket closed after ", StringComparison.Ordinal)),
            "the socket's end is logged");
        _requestLogs.Lines.Should().ContainSingle(l => l.StartsWith("GET /sync answered 101 in ", StringComparison.Ordinal), "the handshake is not logged twice");
    }

    [Fact]
    public async Task The_prometheus_endpoint_shows_function_latency_by_function_and_outcome_and_the_live_connections()
    {
        var clients = await Task.WhenAll(ConnectAsync(), ConnectAsync(), ConnectAsync());
        await clients[0].QueryAsync(Api.Categories.GetCategoryTree, new NoArgs(), Within());
        var missing = () => clients[1].QueryAsync(Api.Categories.GetCategoryBySlug, new CategorySlugArgs("nope"), Within());
        await missing.Should().ThrowAsync<DakarCafeException>();
        using var http = Server.CreateSocketClient();
        // A finished HTTP request for ASP.NET Core's own request metrics (the clients' sockets are one long request each).
        (await http.GetAsync(new Uri("/health", UriKind.Relative), Within())).Dispose();

        // A connection is counted when the server has set its session up, which may finish just after the client
        // sees its handshake; the exporter also caches a scrape briefly. So read until all three are counted.
        var metrics = await http.GetStringAsync("/metrics", Within());
        for (var deadline = Within(); SyncMetrics.Connections(metrics) < 3; metrics = await http.GetStringAsync("/metrics", deadline))
        {
            await Task.Delay(100, deadline);
        }

        metrics.Should().MatchRegex("dakarcafe_function_duration[a-z_]*_count\\{[^}]*function=\"categories:getCategoryTree\"[^}]*kind=\"query\"[^}]*outcome=\"ok\"");
        metrics.Should().MatchRegex("dakarcafe_function_duration[a-z_]*_count\\{[^}]*function=\"categories:getCategoryBySlug\"[^}]*outcome=\"error\"");
        SyncMetrics.Connections(metrics).Should().BeGreaterThanOrEqualTo(3);
        metrics.Should().Contain("http_server_request_duration", "ASP.NET Core's own metrics are there too");
    }

    [Fact]
    public async Task Every_response_carries_a_correlation_id_taken_from_the_request_when_it_is_sane()
    {
        using var http = Server.CreateSocketClient();

        using var given = await http.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/health") { Headers = { { "X-Correlation-Id", "caisse-42" } } }, Within());
        using var forged = await http.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/health") { Headers = { { "X-Correlation-Id", "a\"b<script>" } } },
            Within());
        using var none = await http.GetAsync("/health", Within());

        given.Headers.GetValues("X-Correlation-Id").Should().Equal("caisse-42");
        forged.Headers.GetValues("X-Correlation-Id").Single().Should().NotContain("<script>");
        none.Headers.GetValues("X-Correlation-Id").Single().Should().NotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task Metrics_are_exported_by_otlp_to_a_collector_when_one_is_configured()
    {
        var received = new System.Collections.Concurrent.ConcurrentQueue<(string ContentType, byte[] Body)>();
        var (collector, address) = await ProviderFaults.StartLoopbackAsync(app => app.MapPost("/v1/metrics", async (HttpRequest request) =>
        {
            using var body = new MemoryStream();
            await request.Body.CopyToAsync(body);
            received.Enqueue((request.ContentType ?? "", body.ToArray()));
            return Results.Ok();
        }));
        await using var _ = collector;
        var server = await StartServerAsync(settings: new Dictionary<string, string?>
        {
            ["Telemetry:Otlp:Endpoint"] = new Uri(address, "v1/metrics").ToString(),
            ["Telemetry:Otlp:Protocol"] = "http",
            ["Telemetry:Otlp:IntervalMilliseconds"] = "200",
        });
        var client = await ConnectAsync(server: server);
        await client.QueryAsync(Api.Categories.GetCategoryTree, new NoArgs(), Within());

        // The query's execution is counted when it starts and its duration recorded when it ends: an export may fall between.
        static bool HoldsTheCallsDuration((string ContentType, byte[] Body) export) =>
            Encoding.UTF8.GetString(export.Body) is var body
            && body.Contains("dakarcafe.function.duration", StringComparison.Ordinal)
            && body.Contains("categories:getCategoryTree", StringComparison.Ordinal);
        var giveUp = Within(TimeSpan.FromSeconds(30));
        while (!received.Any(HoldsTheCallsDuration) && !giveUp.IsCancellationRequested)
        {
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        received.Where(HoldsTheCallsDuration).Should().NotBeEmpty(
            "an export holds the query's duration ({0} exports, {1} naming the query, {2} the duration metric, the largest {3} bytes)",
            received.Count, received.Count(r => Encoding.UTF8.GetString(r.Body).Contains("categories:getCategoryTree", StringComparison.Ordinal)),
            received.Count(r => Encoding.UTF8.GetString(r.Body).Contains("dakarcafe.function.duration", StringComparison.Ordinal)),
            received.Select(r => r.Body.Length).DefaultIfEmpty().Max());
        received.Should().OnlyContain(r => r.ContentType == "application/x-protobuf");
    }

    /// <summary>One log category's lines, as written.</summary>
    private sealed class LogLines(string category) : ILoggerProvider
    {
        private readonly System.Collections.Concurrent.ConcurrentQueue<string> _lines = new();

        public IReadOnlyList<string> Lines => [.. _lines];

        public ILogger CreateLogger(string categoryName) => categoryName == category ? new LineLogger(_lines) : NullLogger.Instance;

        public void Dispose()
        {
        }

        private sealed class LineLogger(System.Collections.Concurrent.ConcurrentQueue<string> lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                lines.Enqueue(formatter(state, exception));
        }
    }
}
