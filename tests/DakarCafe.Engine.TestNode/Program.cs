using System.Net;
using DakarCafe.Engine;
using DakarCafe.Engine.TestNode.Domain;

// A server node of the engine tests' domain, started as its own process by the multi-node tests:
// dotnet DakarCafe.Engine.TestNode.dll <connection string>; TESTNODE_STOPPING_SECONDS=N makes its stop take N seconds.
var builder = WebApplication.CreateSlimBuilder();
builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
builder.Logging.SetMinimumLevel(LogLevel.Warning);
builder.Services.AddDakarCafeEngine(args[0], TestModule.Register);
var app = builder.Build();
if (Environment.GetEnvironmentVariable("TESTNODE_STOPPING_SECONDS") is { Length: > 0 } stoppingSeconds)
{
    // A part of the app that takes a while when told to stop, before the web server stops listening: the stopping
    // callbacks run one after another on the thread that stops the host, so blocking it is the point here.
#pragma warning disable RS0030
    app.Lifetime.ApplicationStopping.Register(() => Thread.Sleep(TimeSpan.FromSeconds(int.Parse(stoppingSeconds, System.Globalization.CultureInfo.InvariantCulture))));
#pragma warning restore RS0030
}

app.MapDakarCafeEngine();
await app.StartAsync();
var address = app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
    .Features.Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()!.Addresses.First();
await Console.Out.WriteLineAsync($"Now listening on: {address}");
await app.WaitForShutdownAsync();
