using DakarCafe.Engine.Commands;
using DakarCafe.Engine.Storage;
using DakarCafe.Server;

var builder = WebApplication.CreateBuilder(args);
using var startupLogs = LoggerFactory.Create(logging => logging.AddConfiguration(builder.Configuration.GetSection("Logging")).AddSimpleConsole());
await using var postgres = await PostgresEndpoint.OpenAsync(
    builder.Configuration, builder.Environment.ContentRootPath, startupLogs.CreateLogger<PostgresEndpoint>());

builder.AddShop(postgres.ConnectionString);
var app = builder.Build();
app.MapShop();
await app.RunDakarCafeAsync();
