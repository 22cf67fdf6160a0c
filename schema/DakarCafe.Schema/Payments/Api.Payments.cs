using DakarCafe.Protocol;
using DakarCafe.Schema.Orders;
using DakarCafe.Schema.Payments;

namespace DakarCafe.Schema;

public static partial class Api
{
    /// <summary>The <c>payments</c> module's functions.</summary>
    public static class Payments
    {
        /// <summary><c>payments:startPayment</c>: Opens a checkout with the order's payment provider.</summary>
        public static ActionReference<StartPaymentArgs, PaymentInstructions> StartPayment { get; } = new("payments:startPayment");

        /// <summary><c>payments:getOrderPayments</c>: An order's payment attempts, newest first.</summary>
        public static QueryReference<OrderIdArgs, IReadOnlyList<PaymentSummary>> GetOrderPayments { get; } = new("payments:getOrderPayments");

        /// <summary><c>payments:refundPayment</c>: Pays a paid attempt back (staff).</summary>
        public static ActionReference<RefundPaymentArgs, PaymentSummary> RefundPayment { get; } = new("payments:refundPayment");
    }
}
