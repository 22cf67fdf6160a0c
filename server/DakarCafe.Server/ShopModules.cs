using DakarCafe.Auth;
using DakarCafe.Engine;
using DakarCafe.Server.Analytics;
using DakarCafe.Server.Backups;
using DakarCafe.Server.Cart;
using DakarCafe.Server.Categories;
using DakarCafe.Server.Files;
using DakarCafe.Server.Jobs;
using DakarCafe.Server.Notifications;
using DakarCafe.Server.Orders;
using DakarCafe.Server.Payments;
using DakarCafe.Server.Products;
using DakarCafe.Server.RecurringDeliveries;
using DakarCafe.Server.Reviews;
using DakarCafe.Server.Users;

namespace DakarCafe.Server;

/// <summary>The shop's modules on the engine: the one list of them, with the engine's limits from configuration.</summary>
internal static class ShopModules
{
    public static void Register(EngineBuilder engine, IConfiguration configuration, IHostEnvironment environment)
    {
        engine.ReadConfiguration(configuration, environment);
        engine.UseFileStorage(files =>
        {
            configuration.GetSection("Engine:Files").Bind(files);
            files.Root = Path.Combine(configuration[WebHostDefaults.ContentRootKey] ?? Directory.GetCurrentDirectory(), files.Root);
        });
        engine.UseDashboard().AddAccountsToDashboard();
        UsersModule.Register(engine);
        ProductsModule.Register(engine);
        CategoriesModule.Register(engine);
        CartModule.Register(engine);
        OrdersModule.Register(engine, configuration);
        PaymentsModule.Register(engine);
        RecurringDeliveriesModule.Register(engine, configuration);
        ReviewsModule.Register(engine);
        NotificationsModule.Register(engine);
        AnalyticsModule.Register(engine);
        JobsModule.Register(engine);
        FilesModule.Register(engine);
        BackupsModule.Register(engine, configuration);
    }
}
