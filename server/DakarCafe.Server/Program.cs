using DakarCafe.Engine;
using DakarCafe.Engine.Storage;
using DakarCafe.Server;
using DakarCafe.Server.Analytics;
using DakarCafe.Server.Auth;
using DakarCafe.Server.Health;
using DakarCafe.Server.Notifications;
using DakarCafe.Server.Payments;
using DakarCafe.Server.SampleData;
using DakarCafe.Server.Telemetry;

var builder = WebApplication.CreateBuilder(args);
using var startupLogs = LoggerFactory.Create(logging => logging.AddConfiguration(builder.Configuration.GetSection("Logging")).AddSimpleConsole());
await using var postgres = await PostgresEndpoint.OpenAsync(
    builder.Configuration, builder.Environment.ContentRootPath, startupLogs.CreateLogger<PostgresEndpoint>());

builder.AddShopAuth(postgres.ConnectionString);
builder.AddSampleData();
builder.AddShopPayments();
builder.AddShopNotifications();
builder.AddShopAnalytics();
builder.AddShopTelemetry();
builder.Services.AddDakarCafeEngine(postgres.ConnectionString, engine => ShopModules.Register(engine, builder.Configuration));

var app = builder.Build();
app.UseShopTelemetry();
app.MapShopAuth();
app.MapHealthModule();
app.MapShopPayments();
app.MapDakarCafeEngine();
app.MapShopTelemetry();
await app.RunAsync();
