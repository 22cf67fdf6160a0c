namespace DakarCafe.Server.Payments;

/// <summary>What a provider needs to pay an attempt back.</summary>
/// <param name="PaymentId">The attempt: the refund's idempotency key.</param>
/// <param name="Method">The payment method, which says which provider refunds.</param>
/// <param name="Reference">The provider's id of the checkout.</param>
/// <param name="TransactionId">The provider's id of the payment.</param>
/// <param name="Amount">The whole amount paid (FCFA).</param>
internal sealed record RefundRequest(Guid PaymentId, DakarCafe.Schema.Orders.PaymentMethod Method, string Reference, string? TransactionId, long Amount);
