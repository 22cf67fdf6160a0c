using DakarCafe.Engine.Metrics;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;

namespace DakarCafe.Server.Telemetry;

/// <summary>
/// OpenTelemetry metrics: the engine's (function latency by function, kind and outcome; executions; commits and
/// conflicts; pushes; connections) and ASP.NET Core's, on a Prometheus endpoint (<c>GET /metrics</c>) and, when
/// <c>Telemetry:Otlp:Endpoint</c> is set, exported by OTLP (<c>Protocol</c> <c>grpc</c> or <c>http</c>, every
/// <c>IntervalMilliseconds</c>). Every HTTP response carries the request's correlation
/// id (<c>X-Correlation-Id</c>, taken from the request when it has one), and the request's logs are scoped with it.
/// </summary>
internal static partial class TelemetryModule
{
    public const string MetricsPath = "/metrics";
    public const string CorrelationHeader = "X-Correlation-Id";

    public static void AddShopTelemetry(this WebApplicationBuilder builder)
    {
        var otlp = builder.Configuration.GetSection("Telemetry:Otlp");
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("dakarcafe-server"))
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(EngineMetrics.MeterName).AddAspNetCoreInstrumentation().AddPrometheusExporter();
                if (otlp["Endpoint"] is { Length: > 0 } endpoint)
                {
                    metrics.AddOtlpExporter((exporter, reader) =>
                    {
                        exporter.Endpoint = new Uri(endpoint);
                        exporter.Protocol = otlp["Protocol"] == "http" ? OtlpExportProtocol.HttpProtobuf : OtlpExportProtocol.Grpc;
                        reader.PeriodicExportingMetricReaderOptions.ExportIntervalMilliseconds = otlp.GetValue("IntervalMilliseconds", 60_000);
                    });
                }
            });
    }

    public static void UseShopTelemetry(this WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("DakarCafe.Requests");
        app.Use(async (http, next) =>
        {
            var header = http.Request.Headers[CorrelationHeader].ToString();
            var correlationId = header is { Length: > 0 and <= 64 } && header.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')
                ? header
                : http.TraceIdentifier;
            http.Response.Headers[CorrelationHeader] = correlationId;
            using (logger.BeginScope(new Dictionary<string, object> { ["CorrelationId"] = correlationId }))
            {
                var startedAt = System.Diagnostics.Stopwatch.GetTimestamp();
                var answered = false;
                if (http.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpUpgradeFeature>()?.IsUpgradableRequest == true)
                {
                    // An upgraded request (a WebSocket) lasts as long as the socket: its answer (101, or a refusal) is
                    // logged when it is sent, and the socket's life when it closes.
                    http.Response.OnStarting(() =>
                    {
                        answered = true;
                        var handshake = System.Diagnostics.Stopwatch.GetElapsedTime(startedAt).TotalMilliseconds;
                        LogRequest(logger, http.Request.Method, http.Request.Path, http.Response.StatusCode, handshake, correlationId);
                        return Task.CompletedTask;
                    });
                }

                await next(http);
                var elapsed = System.Diagnostics.Stopwatch.GetElapsedTime(startedAt).TotalMilliseconds;
                if (!answered)
                {
                    LogRequest(logger, http.Request.Method, http.Request.Path, http.Response.StatusCode, elapsed, correlationId);
                }
                else if (http.Response.StatusCode == StatusCodes.Status101SwitchingProtocols)
                {
                    var seconds = elapsed / 1000;
                    LogUpgradedClosed(logger, http.Request.Method, http.Request.Path, seconds, correlationId);
                }
            }
        });
    }

    public static void MapShopTelemetry(this WebApplication app) => app.MapPrometheusScrapingEndpoint(MetricsPath);

    /// <summary>The path only: query strings can hold tokens (SignalR's access_token), which never reach the logs.</summary>
    [LoggerMessage(Level = LogLevel.Information, Message = "{Method} {Path} answered {StatusCode} in {ElapsedMs:0.0} ms (correlation id {CorrelationId})")]
    private static partial void LogRequest(ILogger logger, string method, PathString path, int statusCode, double elapsedMs, string correlationId);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Method} {Path}: WebSocket closed after {ElapsedSeconds:0.0} s (correlation id {CorrelationId})")]
    private static partial void LogUpgradedClosed(ILogger logger, string method, PathString path, double elapsedSeconds, string correlationId);
}
