using DakarCafe.Engine;
using DakarCafe.Engine.Functions;
using DakarCafe.Schema.Orders;
using DakarCafe.Server.Payments;
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
        var pricing = configuration.GetSection("Orders:Pricing").Get<OrderPricingSettings>() ?? new OrderPricingSettings();
        engine.Document<Order>(order => order.Index(o => o.UserId).Index(o => o.Status).Index(o => o.CreatedAt).UniqueIndex(o => o.OrderNumber));
        engine.Sequence(OrderNumbers.Sequence);
        engine.ConfigureMarten(options => options.Projections.Add<OrderProjection>(ProjectionLifecycle.Inline));

        var f = engine.Functions;
        f.Mutation<CreateOrderArgs, Order>("orders:createOrder", AccessRule.Authenticated, new CreateOrder(pricing, PaymentSettings.From(configuration)).HandleAsync);
        f.Mutation<CancelOrderArgs, Order>("orders:cancelOrder", AccessRule.Authenticated, OrderChanges.CancelAsync);
        f.Mutation<UpdateOrderStatusArgs, Order>("orders:updateOrderStatus", OrderAccess.Staff, OrderChanges.UpdateStatusAsync);
        f.Mutation<AddTrackingUpdateArgs, Order>("orders:addTrackingUpdate", OrderAccess.Staff, OrderChanges.AddTrackingUpdateAsync);
        f.Query<OrderIdArgs, Order>("orders:getOrder", AccessRule.Authenticated, GetOrder.HandleAsync);
        f.Query<OrderIdArgs, OrderTrackingView>("orders:subscribeToOrderUpdates", AccessRule.Authenticated, SubscribeToOrderUpdates.HandleAsync);
        f.Query<GetUserOrdersArgs, OrderPage>("orders:getUserOrders", AccessRule.Authenticated, GetUserOrders.HandleAsync);
        f.Query<ListOrdersArgs, OrderPage>("orders:listOrders", OrderAccess.Staff, ListOrders.HandleAsync);
    }
}
