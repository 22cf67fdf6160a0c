using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using DakarCafe.Client;
using DakarCafe.Schema;
using DakarCafe.Schema.Categories;
using DakarCafe.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace DakarCafe.Server.Tests.Health;

public sealed class TelemetryTests(PostgresServer postgres) : ShopTest(postgres)
{
    [Fact]
    public async Task The_prometheus_endpoint_shows_function_latency_by_function_and_outcome_and_the_live_connections()
    {
        var clients = await Task.WhenAll(ConnectAsync(), ConnectAsync(), ConnectAsync());
        await clients[0].QueryAsync<IReadOnlyList<CategoryNode>>("categories:getCategoryTree", new NoArgs(), Within());
        var missing = () => clients[1].QueryAsync<Category>("categories:getCategoryBySlug", new CategorySlugArgs("nope"), Within());
        await missing.Should().ThrowAsync<DakarCafeException>();
        using var http = Server.CreateSocketClient();

        var metrics = await http.GetStringAsync("/metrics", Within());

        metrics.Should().MatchRegex("dakarcafe_function_duration[a-z_]*_count\\{[^}]*function=\"categories:getCategoryTree\"[^}]*kind=\"query\"[^}]*outcome=\"ok\"");
        metrics.Should().MatchRegex("dakarcafe_function_duration[a-z_]*_count\\{[^}]*function=\"categories:getCategoryBySlug\"[^}]*outcome=\"error\"");
        var connections = Regex.Match(metrics, @"^dakarcafe_sync_connections(?:\{[^}]*\})? (\d+)", RegexOptions.Multiline);
        connections.Success.Should().BeTrue(metrics);
        long.Parse(connections.Groups[1].Value, CultureInfo.InvariantCulture).Should().BeGreaterThanOrEqualTo(3);
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
        await client.QueryAsync<IReadOnlyList<CategoryNode>>("categories:getCategoryTree", new NoArgs(), Within());

        var deadline = Within(TimeSpan.FromSeconds(30));
        while (!received.Any(r => Encoding.UTF8.GetString(r.Body).Contains("dakarcafe.function.duration", StringComparison.Ordinal)))
        {
            await Task.Delay(100, deadline);
        }

        received.Should().OnlyContain(r => r.ContentType == "application/x-protobuf");
        received.Should().Contain(r => Encoding.UTF8.GetString(r.Body).Contains("categories:getCategoryTree", StringComparison.Ordinal));
    }
}
