using DakarCafe.Engine;
using DakarCafe.Engine.Storage;
using DakarCafe.Server.Auth;
using DakarCafe.Server.Cart;
using DakarCafe.Server.Categories;
using DakarCafe.Server.Health;
using DakarCafe.Server.Orders;
using DakarCafe.Server.Products;
using DakarCafe.Server.SampleData;
using DakarCafe.Server.Users;

var builder = WebApplication.CreateBuilder(args);
using var startupLogs = LoggerFactory.Create(logging => logging.AddConfiguration(builder.Configuration.GetSection("Logging")).AddSimpleConsole());
await using var postgres = await PostgresEndpoint.OpenAsync(
    builder.Configuration, builder.Environment.ContentRootPath, startupLogs.CreateLogger<PostgresEndpoint>());

builder.AddShopAuth(postgres.ConnectionString);
builder.AddSampleData();
builder.Services.AddDakarCafeEngine(postgres.ConnectionString, engine =>
{
    builder.Configuration.GetSection("Engine:Limits").Bind(engine.Limits);
    engine.ConfigureMarten(AuthModule.ConfigureMarten);
    UsersModule.Register(engine);
    ProductsModule.Register(engine);
    CartModule.Register(engine);
    CategoriesModule.Register(engine);
    OrdersModule.Register(engine);
});

var app = builder.Build();
app.MapShopAuth();
app.MapHealthModule();
app.MapDakarCafeEngine();
await app.RunAsync();
