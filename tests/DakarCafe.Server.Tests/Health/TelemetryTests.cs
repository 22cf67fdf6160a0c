using System.Globalization;
using System.Text.RegularExpressions;
using DakarCafe.Client;
using DakarCafe.Schema;
using DakarCafe.Schema.Categories;
using DakarCafe.Testing;

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
}
