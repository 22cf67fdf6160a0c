using DakarCafe.Schema.Orders;

namespace DakarCafe.Schema.Payments;

/// <summary>A payment attempt as the customer and staff see it (its notification secret stays on the server).</summary>
/// <param name="Id">The payment id.</param>
/// <param name="OrderId">The order.</param>
/// <param name="Method">How it is paid.</param>
/// <param name="Amount">The amount (FCFA).</param>
/// <param name="Status">Where it is.</param>
/// <param name="CheckoutUrl">Where the payer approves it, once started.</param>
/// <param name="TransactionId">The provider's transaction id, once paid.</param>
/// <param name="FailureReason">Why it failed, or why money that arrived is due back.</param>
/// <param name="RefundDue">True when money arrived for an order already paid or cancelled.</param>
/// <param name="CreatedAt">When opened (UTC).</param>
/// <param name="UpdatedAt">When last changed (UTC).</param>
public sealed record PaymentSummary(
    Guid Id, Guid OrderId, PaymentMethod Method, long Amount, PaymentStatus Status, string? CheckoutUrl, string? TransactionId, string? FailureReason,
    bool RefundDue, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    /// <summary>The summary of a payment document.</summary>
    public static PaymentSummary Of(Payment p) =>
        new(p.Id, p.OrderId, p.Method, p.Amount, p.Status, p.CheckoutUrl, p.TransactionId, p.FailureReason, p.RefundDue, p.CreatedAt, p.UpdatedAt);
}
