using DakarCafe.Engine;
using DakarCafe.Engine.Functions;
using DakarCafe.Schema;
using DakarCafe.Schema.Orders;
using JasperFx.Events.Projections;

namespace DakarCafe.Server.Orders;

/// <summary>
/// Orders: checkout, each order an event stream (placed, confirmed, paid, shipped, tracked, delivered, cancelled)
/// projected inline to the order document the apps read and watch, and the staff's side of the order's life.
/// </summary>
internal static class OrdersModule
{
    public static void Register(EngineBuilder engine, IConfiguration configuration)
    {
        engine.Document<Order>(order => order.Index(o => o.UserId).Index(o => o.Status).Index(o => o.CreatedAt).UniqueIndex(o => o.OrderNumber));
        engine.Sequence(OrderNumbers.Sequence);
        engine.ConfigureMarten(options => options.Projections.Add<OrderProjection>(ProjectionLifecycle.Inline));

        var f = engine.Functions;
        f.Mutation(Api.Orders.CreateOrder, AccessRule.Authenticated, CreateOrder.From(configuration).HandleAsync);
        f.Mutation(Api.Orders.CancelOrder, AccessRule.Authenticated, OrderChanges.CancelAsync);
        f.Mutation(Api.Orders.UpdateOrderStatus, OrderAccess.Staff, OrderChanges.UpdateStatusAsync);
        f.Mutation(Api.Orders.AddTrackingUpdate, OrderAccess.Staff, OrderChanges.AddTrackingUpdateAsync);
        f.Query(Api.Orders.QuoteOrder, AccessRule.Authenticated, QuoteOrder.From(configuration).HandleAsync);
        f.Query(Api.Orders.GetOrder, AccessRule.Authenticated, GetOrder.HandleAsync);
        f.Query(Api.Orders.SubscribeToOrderUpdates, AccessRule.Authenticated, SubscribeToOrderUpdates.HandleAsync);
        f.Query(Api.Orders.GetUserOrders, AccessRule.Authenticated, GetUserOrders.HandleAsync);
        f.Query(Api.Orders.ListOrders, OrderAccess.Staff, ListOrders.HandleAsync);
    }
}
