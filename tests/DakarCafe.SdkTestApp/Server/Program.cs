using DakarCafe.Auth;
using DakarCafe.Engine;
using DakarCafe.Engine.Commands;
using DakarCafe.Engine.Storage;
using DakarCafe.SdkTestApp.Server;

// The stockroom, the app the TypeScript SDK's tests run against: built on the packages' public API only, as any app is.
var builder = WebApplication.CreateBuilder(args);
using var startupLogs = LoggerFactory.Create(logging => logging.AddSimpleConsole());

// ConnectionStrings:Postgres when set; otherwise a private PostgreSQL (LocalPostgres:DataDirectory), started and stopped with the app.
await using var postgres = await PostgresEndpoint.OpenAsync(builder.Configuration, builder.Environment.ContentRootPath, startupLogs.CreateLogger("Postgres"));

builder.AddDakarCafeAuth(auth => auth.AppName = "Stockroom");
builder.Services.AddDakarCafeEngine(postgres.ConnectionString, engine =>
{
    engine.ReadConfiguration(builder.Configuration, builder.Environment);
    ItemsModule.Register(engine);
    BasketModule.Register(engine);
    CallerModule.Register(engine);
    SampleStock.Register(engine);
});
builder.Services.AddHostedService<SampleStock>();

var app = builder.Build();
app.MapDakarCafeAuth();
app.MapDakarCafeEngine();
app.MapHealthChecks("/health");
await app.RunDakarCafeAsync();
