using DakarCafe.Auth;
using DakarCafe.Dashboard;
using DakarCafe.Engine;
using DakarCafe.Engine.Commands;
using DakarCafe.Engine.Storage;
using DakarCafeApp.Server;

var builder = WebApplication.CreateBuilder(args);
using var startupLogs = LoggerFactory.Create(logging => logging.AddSimpleConsole());

// ConnectionStrings:Postgres when set; otherwise a private PostgreSQL kept in .data/postgres, started and stopped with the app.
await using var postgres = await PostgresEndpoint.OpenAsync(builder.Configuration, builder.Environment.ContentRootPath, startupLogs.CreateLogger("Postgres"));

builder.AddDakarCafeAuth(auth => auth.AppName = "DakarCafeApp");
builder.Services.AddDakarCafeEngine(postgres.ConnectionString, engine =>
{
    engine.ReadConfiguration(builder.Configuration, builder.Environment);
    // The admin dashboard's functions (data, function log, metrics, jobs, users, files) for accounts with the admin role.
    engine.UseDashboard().AddAccountsToDashboard();
    NotesModule.Register(engine);
});

var app = builder.Build();
app.MapDakarCafeAuth();
app.MapDakarCafeEngine();
// The dashboard itself, at /dashboard/ (sign in as an admin: dakarcafe users create-admin).
app.MapDakarCafeDashboard();
// Serves; or, started by the dakarcafe CLI for export, import, db-patch, users create-admin..., runs that command.
await app.RunDakarCafeAsync();

/// <summary>The app's entry point, named so its tests can start it (<c>DakarCafeTestApp&lt;Program&gt;</c>).</summary>
public partial class Program;
