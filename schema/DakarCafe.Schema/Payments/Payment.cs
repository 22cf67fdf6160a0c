using DakarCafe.Schema.Orders;

namespace DakarCafe.Schema.Payments;

/// <summary>One attempt to pay for an order; an order has one open attempt at a time, and a failed one is followed by a new one.</summary>
/// <param name="Id">The payment id, also the reference the provider echoes back.</param>
/// <param name="OrderId">The order.</param>
/// <param name="UserId">The payer.</param>
/// <param name="Method">How it is paid.</param>
/// <param name="Amount">The amount (FCFA).</param>
/// <param name="Status">Where it is.</param>
/// <param name="ProviderReference">The provider's id of the checkout (a Wave session, an Orange Money pay token, a card checkout).</param>
/// <param name="CheckoutUrl">Where the payer approves the payment, once started.</param>
/// <param name="ProviderTokenHash">SHA-256 of the secret a provider's notifications must carry, for providers that do not sign them.</param>
/// <param name="TransactionId">The provider's transaction id, once paid.</param>
/// <param name="FailureReason">Why it failed, or why a payment that arrived is due back.</param>
/// <param name="RefundDue">True when money arrived for an order already paid or cancelled: it must go back to the payer.</param>
/// <param name="CreatedAt">When opened (UTC).</param>
/// <param name="UpdatedAt">When last changed (UTC).</param>
public sealed record Payment(
    Guid Id, Guid OrderId, Guid UserId, PaymentMethod Method, long Amount, PaymentStatus Status, string? ProviderReference, string? CheckoutUrl,
    string? ProviderTokenHash, string? TransactionId, string? FailureReason, bool RefundDue, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);
