using DakarCafe.Protocol;
using DakarCafe.Schema.Orders;

namespace DakarCafe.Schema;

public static partial class Api
{
    /// <summary>The <c>orders</c> module's functions.</summary>
    public static class Orders
    {
        /// <summary><c>orders:createOrder</c>: Checks out the given items, or the cart.</summary>
        public static MutationReference<CreateOrderArgs, Order> CreateOrder { get; } = new("orders:createOrder");

        /// <summary><c>orders:quoteOrder</c>: What checking out the given items, or the cart, would cost now, live.</summary>
        public static QueryReference<QuoteOrderArgs, OrderQuote> QuoteOrder { get; } = new("orders:quoteOrder");

        /// <summary><c>orders:cancelOrder</c>: The customer cancels their order before it is prepared.</summary>
        public static MutationReference<CancelOrderArgs, Order> CancelOrder { get; } = new("orders:cancelOrder");

        /// <summary><c>orders:updateOrderStatus</c>: Moves an order to its next status (staff).</summary>
        public static MutationReference<UpdateOrderStatusArgs, Order> UpdateOrderStatus { get; } = new("orders:updateOrderStatus");

        /// <summary><c>orders:addTrackingUpdate</c>: Adds news of a shipped order (staff).</summary>
        public static MutationReference<AddTrackingUpdateArgs, Order> AddTrackingUpdate { get; } = new("orders:addTrackingUpdate");

        /// <summary><c>orders:getOrder</c>: One order, for its customer or staff.</summary>
        public static QueryReference<OrderIdArgs, Order> GetOrder { get; } = new("orders:getOrder");

        /// <summary><c>orders:subscribeToOrderUpdates</c>: An order's live tracking.</summary>
        public static QueryReference<OrderIdArgs, OrderTrackingView> SubscribeToOrderUpdates { get; } = new("orders:subscribeToOrderUpdates");

        /// <summary><c>orders:getUserOrders</c>: A customer's orders, newest first.</summary>
        public static QueryReference<GetUserOrdersArgs, OrderPage> GetUserOrders { get; } = new("orders:getUserOrders");

        /// <summary><c>orders:listOrders</c>: Every order by status and period (staff).</summary>
        public static QueryReference<ListOrdersArgs, OrderPage> ListOrders { get; } = new("orders:listOrders");
    }
}
