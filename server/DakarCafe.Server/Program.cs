using DakarCafe.Engine;
using DakarCafe.Engine.Storage;
using DakarCafe.Server.Health;

var builder = WebApplication.CreateBuilder(args);
using var startupLogs = LoggerFactory.Create(logging => logging.AddConfiguration(builder.Configuration.GetSection("Logging")).AddSimpleConsole());
await using var postgres = await PostgresEndpoint.OpenAsync(
    builder.Configuration, builder.Environment.ContentRootPath, startupLogs.CreateLogger<PostgresEndpoint>());

builder.Services.AddDakarCafeEngine(postgres.ConnectionString, engine =>
{
    builder.Configuration.GetSection("Engine:Limits").Bind(engine.Limits);
});

var app = builder.Build();
app.MapHealthModule();
app.MapDakarCafeEngine();
await app.RunAsync();
