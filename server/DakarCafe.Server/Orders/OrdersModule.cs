using DakarCafe.Engine;
using DakarCafe.Schema.Analytics;
using DakarCafe.Schema.Orders;
using DakarCafe.Schema.Payments;
using DakarCafe.Schema.Reviews;
using DakarCafe.Schema.Subscriptions;

namespace DakarCafe.Server.Orders;

/// <summary>
/// The documents of the modules still to come (orders with their event stream and tracking, recurring deliveries,
/// reviews, payments, analytics), declared with the seed's indexes so the schema is in place; their functions come
/// with those modules.
/// </summary>
internal static class OrdersModule
{
    public static void Register(EngineBuilder engine)
    {
        engine.Document<Order>(order => order.Index(o => o.UserId).Index(o => o.Status).Index(o => o.CreatedAt).UniqueIndex(o => o.OrderNumber));
        engine.Document<DeliverySubscription>(subscription => subscription.Index(s => s.UserId).Index(s => s.NextDelivery).Index(s => s.Status));
        engine.Document<Review>(review => review.Index(r => r.ProductId).Index(r => r.UserId));
        engine.Document<Payment>(payment => payment.Index(p => p.OrderId));
        engine.ConfigureMarten(options => options.Schema.For<AnalyticsEvent>().Index(e => e.Event).Index(e => e.OccurredAt));
    }
}
