using System.Net;
using DakarCafe.Engine;
using DakarCafe.Engine.TestNode.Domain;

// A server node of the engine tests' domain, started as its own process by the multi-node tests:
// dotnet DakarCafe.Engine.TestNode.dll <connection string>
var builder = WebApplication.CreateSlimBuilder();
builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
builder.Logging.SetMinimumLevel(LogLevel.Warning);
builder.Services.AddDakarCafeEngine(args[0], TestModule.Register);
var app = builder.Build();
app.MapDakarCafeEngine();
await app.StartAsync();
var address = app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
    .Features.Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()!.Addresses.First();
await Console.Out.WriteLineAsync($"Now listening on: {address}");
await app.WaitForShutdownAsync();
