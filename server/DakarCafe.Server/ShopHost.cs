using DakarCafe.Auth;
using DakarCafe.Dashboard;
using DakarCafe.Engine;
using DakarCafe.Engine.Http;
using DakarCafe.Server.Analytics;
using DakarCafe.Server.Health;
using DakarCafe.Server.Hosting;
using DakarCafe.Server.Notifications;
using DakarCafe.Server.Payments;
using DakarCafe.Server.SampleData;
using DakarCafe.Server.Telemetry;

namespace DakarCafe.Server;

/// <summary>The whole shop server, services and endpoints: <c>Program.cs</c> and the <c>dakarcafe</c> CLI build the same one.</summary>
public static class ShopHost
{
    /// <summary>Adds the shop's services over the PostgreSQL database named by <paramref name="connectionString"/>.</summary>
    public static void AddShop(this WebApplicationBuilder builder, string connectionString)
    {
        builder.AddTransportSecurity();
        builder.AddDakarCafeAuth(auth => auth.AppName = "DakarCafé Express");
        builder.AddSampleData();
        builder.AddShopPayments();
        builder.AddShopNotifications();
        builder.AddShopAnalytics();
        builder.AddShopTelemetry();
        builder.Services.AddDakarCafeEngine(connectionString, engine => ShopModules.Register(engine, builder.Configuration, builder.Environment));
    }

    /// <summary>Maps the shop's endpoints: tokens, health, payment webhooks, the sync hub, files, the dashboard and metrics.</summary>
    public static void MapShop(this WebApplication app)
    {
        app.UseShopTelemetry();
        app.UseTransportSecurity();
        app.UseDatabaseOutageReplies();
        app.MapDakarCafeAuth();
        app.MapHealthModule();
        app.MapShopPayments();
        app.MapDakarCafeEngine();
        app.MapDakarCafeDashboard();
        app.MapShopTelemetry();
    }
}
